// osri-item-results and osri-outcome-results: OSRI item performance and outcome achievement
// by review year (July-June by default, the PIP baseline's year) for the state and for each
// region, case type and metropolitan / rest of state, each with its n and Wilson interval.
// Region reviews happen once a year (seed 004), so a region's trend is year by year.
import { computedOnce } from "./computedOnce.ts";
import type { DuckDBConnection } from "@duckdb/node-api";
import { fiscalYearOf } from "../calendar/fiscalYear.ts";
import { OSRI_ITEMS, OSRI_OUTCOMES } from "../catalog/osriItems.ts";
import { settings } from "../settings.ts";
import { latestOsriReview } from "../pip/pipData.ts";
import { queryRows } from "../warehouse/connection.ts";
import type { Dataset } from "./dataset.ts";
import { proportion } from "./proportion.ts";
import { caseOutcomeCounts } from "./osriCaseOutcomes.ts";

type Grouping = "state" | "region" | "caseType" | "metro";

interface GroupRow {
  grouping: Grouping;
  grp: string | null;
  period_start: string;
  key: string;
  total: number;
  achieved: number;
}

/** The first day of the review year a date falls in, as text: years start in `startMonth`. */
const periodStart = (date: string, startMonth: number) =>
  `make_date(year(${date}) - CASE WHEN month(${date}) < ${startMonth} THEN 1 ELSE 0 END, ${startMonth}, 1)::VARCHAR`;

/**
 * SQL grouping sets: the rows of `source` (each with its period_start) counted for the state and
 * by region, case type and metro. `total` and `achieved` are aggregates over `source`'s rows.
 */
function groupedCounts(source: string, key: string, total: string, achieved: string): string {
  return `WITH dated AS (${source})
  SELECT CASE WHEN GROUPING(region) = 0 THEN 'region' WHEN GROUPING(case_type) = 0 THEN 'caseType' WHEN GROUPING(metro) = 0 THEN 'metro' ELSE 'state' END AS grouping,
         coalesce(region, case_type, CASE WHEN metro THEN 'metro' WHEN NOT metro THEN 'rest of state' END) AS grp,
         period_start, ${key} AS key,
         ${total}::INTEGER AS total, ${achieved}::INTEGER AS achieved
  FROM dated
  GROUP BY GROUPING SETS ((period_start, ${key}), (period_start, ${key}, region), (period_start, ${key}, case_type), (period_start, ${key}, metro))
  -- a group with no applicable rating has no n to report a performance over: it has no row
  HAVING ${total} > 0
  ORDER BY key, grouping, grp, period_start`;
}

/**
 * Every item's applicable ratings (Strength or ANI: NA is not applicable, and a rating not
 * recorded is not one) and Strengths, counted per review year, region, case type and metro in
 * one pass over the cases as stored, one column per item, then one row per item: a few thousand
 * rows for the grouping sets to add up, where one row per rating was 3 million at national scale.
 */
function itemCellCounts(startMonth: number): string {
  const counts = OSRI_ITEMS.flatMap((i) => [
    `count(*) FILTER (WHERE w.${i.column} IN ('Strength', 'ANI')) AS total_${i.item}`,
    `count(*) FILTER (WHERE w.${i.column} = 'Strength') AS achieved_${i.item}`,
  ]);
  const list = (prefix: string) => `[${OSRI_ITEMS.map((i) => `${prefix}${i.item}`).join(", ")}]`;
  return `WITH cells AS (
      SELECT ${periodStart("c.review_date", startMonth)} AS period_start, c.region, c.case_type, c.metro, ${counts.join(", ")}
      FROM osri_case c JOIN osri_case_rating w USING (case_id)
      GROUP BY ALL
    )
    SELECT period_start, region, case_type, metro, unnest([${OSRI_ITEMS.map((i) => `'${i.item}'`).join(", ")}]) AS item, unnest(${list("total_")}) AS total, unnest(${list("achieved_")}) AS achieved
    FROM cells`;
}

function shape(rows: GroupRow[], confidence: number, startMonth: number, latestReview: string | null, label: (key: string) => Record<string, unknown>, emptyReason: string, shareName: string): Record<string, unknown>[] {
  return rows.map((r) => {
    const { share, ...interval } = proportion(r.achieved, r.total, confidence, emptyReason);
    const year = fiscalYearOf(r.period_start, startMonth);
    // Onto the label's object rather than spread into a new one: a spread first in the literal
    // made each row's object the slow way, 1.5 s of 116,000 rows at national scale (0.2 s so).
    return Object.assign(label(r.key), {
      grouping: r.grouping,
      group: r.grp ?? "state",
      period: year.label,
      periodStart: r.period_start,
      // A year the reviews have not reached the end of yet: its figures are to date.
      partial: latestReview === null || year.end > latestReview,
      n: r.total,
      achieved: r.achieved,
      [shareName]: share,
      ...interval,
    });
  });
}

/** Computed once per read-only connection: several outputs start from it (computedOnce.ts). */
export const computeOsriItemResults = computedOnce(queryOsriItemResults);

async function queryOsriItemResults(connection: DuckDBConnection) {
  const { confidence, fiscalYearStartMonth } = settings();
  // NA is not applicable: only Strength and ANI ratings are in the denominator (itemCellCounts)
  const rows = await queryRows<GroupRow>(connection, groupedCounts(itemCellCounts(fiscalYearStartMonth), "item", "sum(total)", "sum(achieved)"));
  return shape(rows, confidence, fiscalYearStartMonth, await latestOsriReview(connection), (key) => ({ item: Number(key), itemLabel: OSRI_ITEMS[Number(key) - 1].label }), "no applicable case", "performance")
    .sort((a, b) => Number(a.item) - Number(b.item));
}

/** Computed once per read-only connection: several outputs start from it (computedOnce.ts). */
export const computeOsriOutcomeResults = computedOnce(queryOsriOutcomeResults);

async function queryOsriOutcomeResults(connection: DuckDBConnection) {
  const { confidence, fiscalYearStartMonth } = settings();
  // Outcome rating per case (domain.md): Substantially Achieved when every applicable item of the
  // outcome is a Strength, Not Achieved when every one is an ANI, Partially otherwise, NA when none applies.
  const caseOutcomes = `
    SELECT c.*, counted.outcome, CASE WHEN applicable = 0 THEN 'NA' WHEN strengths = applicable THEN 'SA' WHEN strengths = 0 THEN 'NotAchieved' ELSE 'PA' END AS rating
    FROM (${caseOutcomeCounts()}) counted JOIN osri_case c USING (case_id)`;
  const rows = await queryRows<GroupRow>(
    connection,
    // cases where no item of the outcome applies are not rated on it
    groupedCounts(`SELECT *, ${periodStart("review_date", fiscalYearStartMonth)} AS period_start FROM (${caseOutcomes}) WHERE rating <> 'NA'`, "outcome", "count(*)", "count(*) FILTER (WHERE rating = 'SA')"),
  );
  const order = OSRI_OUTCOMES.map((o) => o.code);
  return shape(rows, confidence, fiscalYearStartMonth, await latestOsriReview(connection), (key) => ({ outcome: key, outcomeLabel: OSRI_OUTCOMES.find((o) => o.code === key)!.label }), "no case to which the outcome applies", "substantiallyAchieved")
    .sort((a, b) => order.indexOf(String(a.outcome)) - order.indexOf(String(b.outcome)));
}

export const osriItemResults: Dataset = {
  name: "osri-item-results",
  description: "Per OSRI item and review year (July-June): performance for the state, each region, each case type, metro and rest of state, with n and Wilson interval.",
  pages: ["cfsr/case-review-results"],
  compute: computeOsriItemResults,
};

export const osriOutcomeResults: Dataset = {
  name: "osri-outcome-results",
  description: "Per OSRI outcome and review year: share of applicable cases Substantially Achieved, for the state, each region, case type, metro and rest of state.",
  pages: ["cfsr/case-review-results"],
  compute: computeOsriOutcomeResults,
};
