// osri-county-results: each county's item performance and outcome achievement over the
// latest 12 months of reviews (the months up to the latest review's quarter end). Counties
// are small samples: every share comes with its n and interval.
import { computedOnce } from "./computedOnce.ts";
import type { DuckDBConnection } from "@duckdb/node-api";
import { addDays, addMonths, quarterEndOf } from "../calendar/isoDate.ts";
import { OSRI_ITEMS, OSRI_OUTCOMES } from "../catalog/osriItems.ts";
import { latestOsriReview } from "../pip/pipData.ts";
import { settings } from "../settings.ts";
import { queryRows } from "../warehouse/connection.ts";
import type { Dataset } from "./dataset.ts";
import { proportion } from "./proportion.ts";
import { caseOutcomeCounts } from "./osriCaseOutcomes.ts";

/** Computed once per read-only connection: several outputs start from it (computedOnce.ts). */
/**
 * The region or regions a county's reviewed cases come from, each once and in order: a county
 * whose cases come from two regions names both (any_value named one of them, whichever the
 * scan met first, so two builds of the same warehouse could differ).
 */
const REGIONS = "string_agg(DISTINCT c.region, ', ' ORDER BY c.region)";

export const computeOsriCountyResults = computedOnce(queryOsriCountyResults);

async function queryOsriCountyResults(connection: DuckDBConnection) {
  const latest = await latestOsriReview(connection);
  if (!latest) return [];
  const { confidence } = settings();
  const end = quarterEndOf(latest);
  const start = addDays(addMonths(end, -12), 1);
  const rows = await queryRows<{ county: string; region: string; kind: string; key: string; n: number; achieved: number }>(
    connection,
    `WITH recent AS (
       SELECT * FROM osri_case
       -- the latest 12 months of reviews only
       WHERE review_date BETWEEN DATE '${start}' AND DATE '${end}'
     ),
     case_outcome AS (${caseOutcomeCounts("recent")})
     SELECT c.county, ${REGIONS} AS region, 'item' AS kind, r.item::VARCHAR AS key,
            count(*)::INTEGER AS n, count(*) FILTER (WHERE r.rating = 'Strength')::INTEGER AS achieved
     FROM recent c JOIN osri_rating r USING (case_id)
     -- NA is not applicable
     WHERE r.rating <> 'NA'
     GROUP BY c.county, r.item
     UNION ALL
     SELECT c.county, ${REGIONS}, 'outcome', co.outcome, count(*)::INTEGER, count(*) FILTER (WHERE co.strengths = co.applicable)::INTEGER
     FROM recent c JOIN case_outcome co USING (case_id)
     -- a case to which no item of the outcome applies is not rated on it
     WHERE co.applicable > 0
     GROUP BY c.county, co.outcome
     ORDER BY 1, 3, 4`,
  );
  return rows.map((r) => {
    const { share, ...interval } = proportion(r.achieved, r.n, confidence, "no applicable case in the latest 12 months");
    const label = r.kind === "item" ? `Item ${r.key}: ${OSRI_ITEMS[Number(r.key) - 1].label}` : `Outcome ${OSRI_OUTCOMES.find((o) => o.code === r.key)!.label}`;
    return { county: r.county, region: r.region, kind: r.kind, key: r.key, label, windowStart: start, windowEnd: end, n: r.n, achieved: r.achieved, share, ...interval };
  });
}

export const osriCountyResults: Dataset = {
  name: "osri-county-results",
  description: "Per county and OSRI item or outcome, over the latest 12 months of reviews: share Strength or Substantially Achieved, with n and Wilson interval.",
  pages: ["cfsr/case-review-results"],
  compute: computeOsriCountyResults,
};
