// Counting QSR ratings: the SQL columns that count each rating, and their reading.
import { QSR_ACCEPTABLE_MINIMUM } from "../catalog/qsrIndicators.ts";

export interface RatingCountRow {
  r1: number;
  r2: number;
  r3: number;
  r4: number;
  r5: number;
  r6: number;
  not_applicable: number;
}

/** SQL select-list counting ratings 1-6 and NA of a qsr_rating alias. */
function ratingCountColumns(alias: string): string {
  const ratings = [1, 2, 3, 4, 5, 6].map((r) => `count(*) FILTER (WHERE ${alias}.rating = ${r})::INTEGER AS r${r}`);
  return [...ratings, `count(*) FILTER (WHERE ${alias}.not_applicable)::INTEGER AS not_applicable`].join(", ");
}

/**
 * Ratings counted per review and indicator, a row for each pair rated at least once (NA
 * included). Counting before joining to reviews keeps the join to a row per review and
 * indicator rather than one per rating.
 */
export const RATING_COUNTS_BY_REVIEW = `SELECT q.review_id, q.indicator, ${ratingCountColumns("q")} FROM qsr_rating q GROUP BY q.review_id, q.indicator`;

/** The select-list of RATING_COUNTS_BY_REVIEW's counts under `alias`, 0 where it has no row. */
export function countedColumns(alias: string): string {
  return ["r1", "r2", "r3", "r4", "r5", "r6", "not_applicable"].map((c) => `coalesce(${alias}.${c}, 0)::INTEGER AS ${c}`).join(", ");
}

export function ratingCounts(row: RatingCountRow) {
  const counts: Record<string, number> = { "1": row.r1, "2": row.r2, "3": row.r3, "4": row.r4, "5": row.r5, "6": row.r6 };
  const rated = row.r1 + row.r2 + row.r3 + row.r4 + row.r5 + row.r6;
  let acceptable = 0;
  for (let rating = QSR_ACCEPTABLE_MINIMUM; rating <= 6; rating++) acceptable += counts[String(rating)];
  // The zones QSR reports show: 5-6 maintain, 3-4 refine, 1-2 improve (shares of cases rated).
  const zone = (n: number) => (rated > 0 ? n / rated : null);
  const zones = { maintain: zone(row.r5 + row.r6), refine: zone(row.r3 + row.r4), improve: zone(row.r1 + row.r2) };
  return { counts, notApplicable: row.not_applicable, rated, acceptable, zones };
}
