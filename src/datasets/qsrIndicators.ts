// qsr-indicators (contract.md): for every QSR review and indicator, the ratings counted
// 1-6, NA, the share acceptable (rated 4-6 of rated 1-6) and its Wilson interval.
import { computedOnce } from "./computedOnce.ts";
import type { DuckDBConnection } from "@duckdb/node-api";
import { QSR_INDICATORS } from "../catalog/qsrIndicators.ts";
import { settings } from "../settings.ts";
import { queryRows } from "../warehouse/connection.ts";
import type { Dataset } from "./dataset.ts";
import { proportion } from "./proportion.ts";
import { countedColumns, RATING_COUNTS_BY_REVIEW, ratingCounts, type RatingCountRow } from "./qsrRatingCounts.ts";

interface Row extends RatingCountRow {
  review_id: string;
  office: string;
  review_date: string;
  protocol_version: string;
  indicator: string;
  cases: number;
}

// Several datasets start from qsr-indicators: computed once per read-only connection (computedOnce.ts).
export const computeQsrIndicators = computedOnce(queryIndicators);

async function queryIndicators(connection: DuckDBConnection) {
  const { confidence } = settings();
  const rows = await queryRows<Row>(
    connection,
    `WITH indicator AS (SELECT * FROM (VALUES ${QSR_INDICATORS.map((i, n) => `('${i.column}', ${n})`).join(", ")}) AS t(indicator, position)),
     cases AS (SELECT review_id, count(*)::INTEGER AS cases FROM qsr_case GROUP BY review_id)
     SELECT r.review_id, r.office, r.review_date::VARCHAR AS review_date, r.protocol_version, i.indicator, c.cases,
            ${countedColumns("k")}
     FROM qsr_review r
     JOIN cases c USING (review_id)
     -- every indicator for every review, so that an indicator no case was rated on still has its row
     CROSS JOIN indicator i
     LEFT JOIN (${RATING_COUNTS_BY_REVIEW}) k ON k.review_id = r.review_id AND k.indicator = i.indicator
     ORDER BY r.office, r.review_date, r.review_id, i.position`,
  );
  const labels = new Map(QSR_INDICATORS.map((i) => [i.column, i]));
  return rows.map((row) => {
    const { counts, notApplicable, rated, acceptable, zones } = ratingCounts(row);
    const indicator = labels.get(row.indicator)!;
    return {
      reviewId: row.review_id,
      office: row.office,
      reviewDate: row.review_date,
      protocolVersion: row.protocol_version,
      indicator: row.indicator,
      indicatorLabel: indicator.label,
      domain: indicator.domain,
      overall: indicator.overall,
      cases: row.cases,
      counts,
      notApplicable,
      rated,
      acceptable,
      zones,
      ...proportion(acceptable, rated, confidence, "no case was rated 1-6 on this indicator (all NA or not recorded)"),
    };
  });
}

export const qsrIndicators: Dataset = {
  name: "qsr-indicators",
  description: "Per QSR review and indicator: ratings 1-6 counted, NA, share acceptable (4-6) with its Wilson interval.",
  pages: ["qsr/indicators"],
  compute: computeQsrIndicators,
};
