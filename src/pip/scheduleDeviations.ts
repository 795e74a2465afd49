// "Significant changes were not made to the review schedule" is one of the things the
// Children's Bureau confirms before it accepts a PIP goal as met (seed 004). This compares the
// reviews actually loaded with the schedule, month by month, region by region and case type
// by case type, so that the quarterly update can show every deviation beside the windows it
// touches. Whether a deviation is significant is the Bureau's call: all are shown.
import type { DuckDBConnection } from "@duckdb/node-api";
import { addMonths, firstOfMonth, lastOfMonth, parseIsoDate, type IsoDate } from "../calendar/isoDate.ts";
import { CASES_PER_REGION_REVIEW, type ScheduledRegion } from "../catalog/reviewSchedule.ts";
import { queryRows } from "../warehouse/connection.ts";
import type { MeasurementWindow } from "./windows.ts";

export type DeviationKind = "missed review" | "unscheduled review" | "fewer cases" | "more cases" | "fewer baseline cases" | "more baseline cases";

export interface ScheduleDeviation {
  /** YYYY-MM */
  month: string;
  region: string;
  /** null when the deviation is about the whole region review. */
  caseType: "foster_care" | "in_home" | null;
  kind: DeviationKind;
  scheduled: number;
  reviewed: number;
  /** Ends of the measurement windows whose months include this one. */
  windows: string[];
  description: string;
}

/** Cases reviewed by month, region and case type, and how many are marked as the baseline sample. */
export interface ReviewedCount {
  month: string;
  region: string;
  caseType: "foster_care" | "in_home";
  reviewed: number;
  marked: number;
}

export async function reviewedByMonth(connection: DuckDBConnection): Promise<ReviewedCount[]> {
  return queryRows<ReviewedCount>(
    connection,
    `SELECT strftime(review_date, '%Y-%m') AS month, region, case_type AS "caseType",
            count(*)::INTEGER AS reviewed, count(*) FILTER (WHERE baseline_sample)::INTEGER AS marked
     FROM osri_case GROUP BY ALL ORDER BY month, region, "caseType"`,
  );
}

const TYPES = [
  { caseType: "foster_care", label: "foster care", count: "fosterCare" },
  { caseType: "in_home", label: "in-home", count: "inHome" },
] as const;

/**
 * Every deviation from the schedule from the baseline's first month to `through` (the month of
 * the latest review). Each scheduled region review has 15 foster care and 10 in-home cases; in
 * the baseline period, when the file marks its baseline sample, 12 and 8 of them are marked.
 */
export function scheduleDeviations(
  reviewed: readonly ReviewedCount[],
  schedule: readonly ScheduledRegion[],
  baseline: { start: IsoDate; end: IsoDate },
  through: IsoDate,
  windows: readonly MeasurementWindow[],
): ScheduleDeviation[] {
  const baselineMarked = reviewed.some((r) => r.marked > 0 && `${r.month}-01` >= firstOfMonth(baseline.start) && `${r.month}-01` <= baseline.end);
  const byKey = new Map(reviewed.map((r) => [`${r.month} ${r.region} ${r.caseType}`, r]));
  const deviations: ScheduleDeviation[] = [];
  for (let first = firstOfMonth(baseline.start); first <= through; first = addMonths(first, 1)) {
    const month = first.slice(0, 7);
    const touched = windows.filter((w) => w.start <= lastOfMonth(first) && w.end >= first).map((w) => w.end);
    const add = (d: Omit<ScheduleDeviation, "month" | "windows">) => deviations.push({ month, windows: touched, ...d });
    const scheduledHere = schedule.filter((r) => r.reviewMonth === parseIsoDate(first)!.month);
    const inBaseline = first >= firstOfMonth(baseline.start) && first <= baseline.end;
    for (const { region } of scheduledHere) {
      const counts = TYPES.map((t) => ({ ...t, found: byKey.get(`${month} ${region} ${t.caseType}`) }));
      const scheduled = CASES_PER_REGION_REVIEW.measurement.fosterCare + CASES_PER_REGION_REVIEW.measurement.inHome;
      if (counts.every((c) => !c.found)) {
        add({ region, caseType: null, kind: "missed review", scheduled, reviewed: 0, description: `region ${region}'s review was scheduled for ${month} but no case of it was loaded` });
        continue;
      }
      for (const c of counts) {
        const want = CASES_PER_REGION_REVIEW.measurement[c.count];
        const got = c.found?.reviewed ?? 0;
        if (got !== want) {
          add({ region, caseType: c.caseType, kind: got < want ? "fewer cases" : "more cases", scheduled: want, reviewed: got, description: `region ${region}: ${got} ${c.label} cases reviewed, ${want} scheduled` });
        }
        if (inBaseline && baselineMarked) {
          const wantMarked = CASES_PER_REGION_REVIEW.baseline[c.count];
          const marked = c.found?.marked ?? 0;
          if (marked !== wantMarked) {
            add({ region, caseType: c.caseType, kind: marked < wantMarked ? "fewer baseline cases" : "more baseline cases", scheduled: wantMarked, reviewed: marked, description: `region ${region}: ${marked} ${c.label} cases marked as the baseline sample, ${wantMarked} scheduled` });
          }
        }
      }
    }
    const scheduledRegions = new Set(scheduledHere.map((r) => r.region));
    const unscheduled = new Set(reviewed.filter((r) => r.month === month && !scheduledRegions.has(r.region)).map((r) => r.region));
    for (const region of [...unscheduled].sort()) {
      const count = reviewed.filter((r) => r.month === month && r.region === region).reduce((n, r) => n + r.reviewed, 0);
      add({ region, caseType: null, kind: "unscheduled review", scheduled: 0, reviewed: count, description: `${count} cases of region ${region} were reviewed in ${month}, a month the schedule does not give it` });
    }
  }
  return deviations;
}
