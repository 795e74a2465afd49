// site-info: what the warehouse holds, for the home page and the synthetic-data banner.
// Nothing here depends on the clock, so that two builds from the same input are identical.
import type { DuckDBConnection } from "@duckdb/node-api";
import { settings } from "../settings.ts";
import { queryRows } from "../warehouse/connection.ts";
import type { Dataset } from "./dataset.ts";

export async function computeSiteInfo(connection: DuckDBConnection) {
  const [dataset] = await queryRows(connection, `SELECT dataset, synthetic, description FROM dataset_info LIMIT 1`);
  const [qsr] = await queryRows(
    connection,
    `SELECT count(*)::INTEGER AS reviews, count(DISTINCT office)::INTEGER AS offices,
            min(review_date)::VARCHAR AS "firstReview", max(review_date)::VARCHAR AS "lastReview",
            (SELECT count(*)::INTEGER FROM qsr_case) AS cases
     FROM qsr_review`,
  );
  const [osri] = await queryRows(
    connection,
    `SELECT count(*)::INTEGER AS cases, count(DISTINCT region)::INTEGER AS regions,
            min(review_date)::VARCHAR AS "firstReview", max(review_date)::VARCHAR AS "lastReview",
            (SELECT count(*)::INTEGER FROM pip_plan) > 0 AS "hasPipPlan"
     FROM osri_case`,
  );
  const [sip] = await queryRows(
    connection,
    `SELECT count(DISTINCT county)::INTEGER AS counties, count(DISTINCT measure)::INTEGER AS measures,
            max(quarter_end)::VARCHAR AS "lastQuarter", (SELECT count(*)::INTEGER FROM pqcr_event) AS "pqcrEvents"
     FROM sip_value`,
  );
  const files = await queryRows(connection, `SELECT file, kind, rows_loaded AS rows FROM ingest_file ORDER BY file`);
  return [
    {
      dataset: dataset?.dataset ?? null,
      synthetic: dataset?.synthetic ?? false,
      // CRD_CONFIDENCE: the level of every interval the pages draw, so that they can name it.
      confidence: settings().confidence,
      // CRD_AS_OF: the day deadlines on the pages are judged from.
      asOf: settings().asOf,
      description: dataset?.description ?? null,
      qsr,
      osri,
      sip,
      files,
    },
  ];
}

export const siteInfo: Dataset = {
  name: "site-info",
  description: "What the warehouse holds: dataset name, whether it is synthetic, counts and date ranges per kind of review, files loaded.",
  pages: ["index", "every page's banner"],
  compute: computeSiteInfo,
};
