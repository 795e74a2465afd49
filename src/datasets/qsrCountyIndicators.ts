// qsr-county-indicators: the county's share acceptable per indicator, over every case
// reviewed in each fiscal year and over all years; what an office is compared with.
import { computedOnce } from "./computedOnce.ts";
import type { DuckDBConnection } from "@duckdb/node-api";
import { fiscalYearOf } from "../calendar/fiscalYear.ts";
import { QSR_INDICATORS } from "../catalog/qsrIndicators.ts";
import { settings } from "../settings.ts";
import { queryRows } from "../warehouse/connection.ts";
import type { Dataset } from "./dataset.ts";
import { proportion } from "./proportion.ts";
import { countedColumns, RATING_COUNTS_BY_REVIEW, ratingCounts, type RatingCountRow } from "./qsrRatingCounts.ts";

interface Row extends RatingCountRow {
  review_id: string;
  review_date: string;
  indicator: string;
}

/** Computed once per read-only connection: several outputs start from it (computedOnce.ts). */
export const computeQsrCountyIndicators = computedOnce(queryQsrCountyIndicators);

async function queryQsrCountyIndicators(connection: DuckDBConnection) {
  const { confidence, fiscalYearStartMonth } = settings();
  // Counts per review first; fiscal years are grouped in TypeScript so their start month stays a setting.
  const rows = await queryRows<Row>(
    connection,
    `SELECT r.review_id, r.review_date::VARCHAR AS review_date, k.indicator, ${countedColumns("k")}
     FROM (${RATING_COUNTS_BY_REVIEW}) k JOIN qsr_review r USING (review_id)`,
  );
  type Totals = { period: string; start: string | null; end: string | null; indicator: string; reviews: Set<string>; counts: RatingCountRow };
  const totals = new Map<string, Totals>();
  const add = (period: string, start: string | null, end: string | null, row: Row) => {
    const key = `${period}\u0000${row.indicator}`;
    let t = totals.get(key);
    if (!t) {
      t = { period, start, end, indicator: row.indicator, reviews: new Set(), counts: { r1: 0, r2: 0, r3: 0, r4: 0, r5: 0, r6: 0, not_applicable: 0 } };
      totals.set(key, t);
    }
    t.reviews.add(row.review_id);
    for (const k of Object.keys(t.counts) as (keyof RatingCountRow)[]) t.counts[k] += row[k];
  };
  for (const row of rows) {
    const fy = fiscalYearOf(row.review_date, fiscalYearStartMonth);
    add(fy.label, fy.start, fy.end, row);
    add("All years", null, null, row);
  }
  const order = new Map(QSR_INDICATORS.map((i, n) => [i.column, n]));
  return [...totals.values()]
    .sort((a, b) => (a.start ?? "9999").localeCompare(b.start ?? "9999") || order.get(a.indicator)! - order.get(b.indicator)!)
    .map((t) => {
      const { counts, notApplicable, rated, acceptable, zones } = ratingCounts(t.counts);
      const indicator = QSR_INDICATORS[order.get(t.indicator)!];
      return {
        period: t.period,
        periodStart: t.start,
        periodEnd: t.end,
        indicator: t.indicator,
        indicatorLabel: indicator.label,
        domain: indicator.domain,
        overall: indicator.overall,
        reviews: t.reviews.size,
        counts,
        notApplicable,
        rated,
        acceptable,
        zones,
        ...proportion(acceptable, rated, confidence, "no case was rated 1-6 on this indicator in this period"),
      };
    });
}

export const qsrCountyIndicators: Dataset = {
  name: "qsr-county-indicators",
  description: "County-wide share acceptable per QSR indicator, by fiscal year and over all years, with Wilson intervals.",
  pages: ["qsr/indicators"],
  compute: computeQsrCountyIndicators,
};
