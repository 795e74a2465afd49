// What the PIP engine reads from the warehouse: the plan, and counts of cases and item
// ratings over any set of date ranges (the baseline, each window).
import type { DuckDBConnection } from "@duckdb/node-api";
import { SEED_REVIEW_SCHEDULE, type ScheduledRegion } from "../catalog/reviewSchedule.ts";
import { checkPipPlan, type PipPlan } from "../schemas/pipPlan.ts";
import { queryRows } from "../warehouse/connection.ts";
import type { PeriodCounts } from "./progress.ts";

export async function loadPipPlan(connection: DuckDBConnection): Promise<PipPlan | null> {
  const [row] = await queryRows<{ plan: string }>(connection, "SELECT plan FROM pip_plan LIMIT 1");
  if (!row) return null;
  const check = checkPipPlan(JSON.parse(row.plan));
  if (!check.ok) throw new Error(`the stored PIP plan is not valid: ${check.problems.map((p) => `${p.path}: ${p.reason}`).join("; ")}`);
  return check.plan;
}

export async function latestOsriReview(connection: DuckDBConnection): Promise<string | null> {
  const [row] = await queryRows<{ latest: string | null }>(connection, "SELECT max(review_date)::VARCHAR AS latest FROM osri_case");
  return row?.latest ?? null;
}

export async function scheduledRegions(connection: DuckDBConnection): Promise<readonly ScheduledRegion[]> {
  const rows = await queryRows<{ region: string; review_month: number; metro: boolean }>(connection, "SELECT region, review_month, metro FROM region ORDER BY review_month, region");
  return rows.length > 0 ? rows.map((r) => ({ region: r.region, reviewMonth: r.review_month, metro: r.metro })) : SEED_REVIEW_SCHEDULE;
}

export interface Period {
  key: string;
  start: string;
  end: string;
  /** Only the cases marked baseline_sample = yes (the randomly selected baseline cases). */
  baselineSampleOnly?: boolean;
}

export interface PeriodTotals {
  cases: number;
  metroCases: number;
  fosterCareCases: number;
  /** item -> applicable and Strength counts, and applicable counts by case type. */
  items: Map<number, { applicable: number; strengths: number; applicableFosterCare: number; applicableInHome: number }>;
}

function periodsTable(periods: Period[]): string {
  const escape = (s: string) => s.replaceAll("'", "''");
  return periods.map((p) => `('${escape(p.key)}', DATE '${p.start}', DATE '${p.end}', ${p.baselineSampleOnly ? "true" : "false"})`).join(", ");
}

/** Counts of cases and of each item's ratings among the cases reviewed in each period (dates inclusive). */
export async function countsByPeriod(connection: DuckDBConnection, periods: Period[], items: readonly number[]): Promise<Map<string, PeriodTotals>> {
  const totals = new Map<string, PeriodTotals>(periods.map((p) => [p.key, { cases: 0, metroCases: 0, fosterCareCases: 0, items: new Map() }]));
  if (periods.length === 0) return totals;
  const table = `(VALUES ${periodsTable(periods)}) AS period(key, start_date, end_date, sample_only)`;
  // A case belongs to a period by its review date, both ends included; a baseline formed of
  // the marked sample leaves out the other cases reviewed in the baseline period.
  const inPeriod = "c.review_date BETWEEN period.start_date AND period.end_date AND (NOT period.sample_only OR coalesce(c.baseline_sample, false))";
  const caseRows = await queryRows<{ key: string; cases: number; metro: number; foster_care: number }>(
    connection,
    `SELECT period.key, count(*)::INTEGER AS cases,
            count(*) FILTER (WHERE c.metro)::INTEGER AS metro,
            count(*) FILTER (WHERE c.case_type = 'foster_care')::INTEGER AS foster_care
     FROM ${table}
     JOIN osri_case c ON ${inPeriod}
     GROUP BY period.key`,
  );
  for (const r of caseRows) Object.assign(totals.get(r.key)!, { cases: r.cases, metroCases: r.metro, fosterCareCases: r.foster_care });
  if (items.length === 0) return totals;
  const itemRows = await queryRows<{ key: string; item: number; applicable: number; strengths: number; applicable_fc: number; applicable_ih: number }>(
    connection,
    `SELECT period.key, r.item::INTEGER AS item,
            -- NA is not applicable: it is left out of the denominator
            count(*) FILTER (WHERE r.rating <> 'NA')::INTEGER AS applicable,
            count(*) FILTER (WHERE r.rating = 'Strength')::INTEGER AS strengths,
            count(*) FILTER (WHERE r.rating <> 'NA' AND c.case_type = 'foster_care')::INTEGER AS applicable_fc,
            count(*) FILTER (WHERE r.rating <> 'NA' AND c.case_type = 'in_home')::INTEGER AS applicable_ih
     FROM ${table}
     JOIN osri_case c ON ${inPeriod}
     JOIN osri_rating r ON r.case_id = c.case_id
     -- only the items the plan measures
     WHERE r.item IN (${items.map(Number).join(", ")})
     GROUP BY period.key, r.item`,
  );
  for (const r of itemRows) {
    totals.get(r.key)!.items.set(r.item, { applicable: r.applicable, strengths: r.strengths, applicableFosterCare: r.applicable_fc, applicableInHome: r.applicable_ih });
  }
  return totals;
}

/** Cases reviewed in the baseline period, and how many of them are marked as the baseline sample. */
export async function baselineSample(connection: DuckDBConnection, baseline: { start: string; end: string }): Promise<{ reviewed: number; marked: number }> {
  const [row] = await queryRows<{ reviewed: number; marked: number }>(
    connection,
    `SELECT count(*)::INTEGER AS reviewed, count(*) FILTER (WHERE baseline_sample)::INTEGER AS marked FROM osri_case
     -- the baseline period only: baseline_sample is ignored after it
     WHERE review_date BETWEEN DATE '${baseline.start}' AND DATE '${baseline.end}'`,
  );
  return row ?? { reviewed: 0, marked: 0 };
}

export function itemCounts(totals: PeriodTotals | undefined, item: number): PeriodCounts {
  const counts = totals?.items.get(item);
  return {
    cases: totals?.cases ?? 0,
    metroCases: totals?.metroCases ?? 0,
    fosterCareCases: totals?.fosterCareCases ?? 0,
    applicable: counts?.applicable ?? 0,
    strengths: counts?.strengths ?? 0,
  };
}
