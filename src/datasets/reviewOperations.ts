// Review operations as aggregates: how the QA chain kept its deadlines (seed 004: finalized
// "within 60 days from the date of the case review", de-identified "within 14 days" after),
// and how fast regions answered the concerns reviews found (Safety Issues within 24 hours, the
// others within 10 days). A deadline is judged from CRD_AS_OF: a step not done by then is
// overdue once its deadline has passed, and pending before.
import type { DuckDBConnection } from "@duckdb/node-api";
import { addDays } from "../calendar/isoDate.ts";
import { CONCERN_TYPES, DEIDENTIFY_WITHIN_DAYS, FINALIZE_WITHIN_DAYS, concernType } from "../catalog/reviewConcerns.ts";
import { settings } from "../settings.ts";
import { queryRows } from "../warehouse/connection.ts";
import type { Dataset } from "./dataset.ts";
import { proportion } from "./proportion.ts";

export type Step = "on time" | "late" | "overdue" | "pending";

/** Where a step with a deadline stands on `asOf`: done on time, done late, overdue, or not yet due. */
export function stepStanding(done: string | null, due: string, asOf: string): Step {
  if (done !== null) return done <= due ? "on time" : "late";
  return due < asOf ? "overdue" : "pending";
}

/** Of the steps whose deadline has come (done, or overdue), the share done on time, with its interval. */
function onTimeShare(counts: Record<Step, number>, confidence: number, noneDueReason: string) {
  const judged = counts["on time"] + counts.late + counts.overdue;
  return { ...proportion(counts["on time"], judged, confidence, noneDueReason), judged };
}

const tally = (): Record<Step, number> => ({ "on time": 0, late: 0, overdue: 0, pending: 0 });

export async function computeQaTimeliness(connection: DuckDBConnection) {
  const { asOf, confidence } = settings();
  const rows = await queryRows<{ region: string; review_date: string; finalized: string | null; deidentified: string | null }>(
    connection,
    "SELECT region, review_date::VARCHAR AS review_date, finalized::VARCHAR AS finalized, deidentified::VARCHAR AS deidentified FROM review_qa ORDER BY region, review_date",
  );
  const groups = new Map<string, { grouping: "state" | "region"; group: string; reviewMonth: string; cases: number; finalize: Record<Step, number>; deidentify: Record<Step, number> }>();
  for (const r of rows) {
    // Each case counts for its region and for the state (the two groupings of a month).
    for (const [grouping, group] of [["region", r.region], ["state", "state"]] as const) {
      const key = `${grouping}\u0000${group}\u0000${r.review_date.slice(0, 7)}`;
      const g = groups.get(key) ?? { grouping, group, reviewMonth: r.review_date.slice(0, 7), cases: 0, finalize: tally(), deidentify: tally() };
      g.cases += 1;
      g.finalize[stepStanding(r.finalized, addDays(r.review_date, FINALIZE_WITHIN_DAYS), asOf)] += 1;
      // De-identification is due 14 days after finalizing; before a case is finalized it is not due.
      if (r.finalized !== null) g.deidentify[stepStanding(r.deidentified, addDays(r.finalized, DEIDENTIFY_WITHIN_DAYS), asOf)] += 1;
      groups.set(key, g);
    }
  }
  return [...groups.values()]
    .sort((a, b) => a.reviewMonth.localeCompare(b.reviewMonth) || b.grouping.localeCompare(a.grouping) || a.group.localeCompare(b.group))
    .map((g) => {
      const finalize = onTimeShare(g.finalize, confidence, "no case of this month is due to be finalized yet");
      const deidentify = onTimeShare(g.deidentify, confidence, "no finalized case of this month is due to be de-identified yet");
      return {
        grouping: g.grouping,
        group: g.group,
        reviewMonth: g.reviewMonth,
        cases: g.cases,
        finalizedOnTime: g.finalize["on time"],
        finalizedLate: g.finalize.late,
        finalizeOverdue: g.finalize.overdue,
        finalizePending: g.finalize.pending,
        finalizeDue: finalize.judged,
        finalizedShare: finalize.share,
        finalizedLow: finalize.low,
        finalizedHigh: finalize.high,
        deidentifiedOnTime: g.deidentify["on time"],
        deidentifiedLate: g.deidentify.late,
        deidentifyOverdue: g.deidentify.overdue,
        deidentifyPending: g.deidentify.pending,
        deidentifyDue: deidentify.judged,
        deidentifiedShare: deidentify.share,
        deidentifiedLow: deidentify.low,
        deidentifiedHigh: deidentify.high,
        asOf,
        // Each share that cannot be computed says why (a month can be due to be finalized and
        // still have nothing due to be de-identified).
        ...(finalize.reason ? { reason: finalize.reason } : {}),
        ...(deidentify.reason ? { deidentifiedReason: deidentify.reason } : {}),
      };
    });
}

export async function computeConcernTimeliness(connection: DuckDBConnection) {
  const { asOf, confidence } = settings();
  const rows = await queryRows<{ type: string; region: string; reported: string; response: string | null }>(
    connection,
    "SELECT type, region, reported::VARCHAR AS reported, response::VARCHAR AS response FROM review_concern",
  );
  const groups = new Map<string, { type: string; grouping: "state" | "region"; group: string; reported: number; answer: Record<Step, number> }>();
  for (const r of rows) {
    const type = concernType(r.type)!;
    for (const [grouping, group] of [["region", r.region], ["state", "state"]] as const) {
      const key = `${r.type}\u0000${grouping}\u0000${group}`;
      const g = groups.get(key) ?? { type: r.type, grouping, group, reported: 0, answer: tally() };
      g.reported += 1;
      g.answer[stepStanding(r.response, addDays(r.reported, type.responseDays), asOf)] += 1;
      groups.set(key, g);
    }
  }
  const order = new Map(CONCERN_TYPES.map((t, i) => [t.code, i]));
  return [...groups.values()]
    .sort((a, b) => order.get(a.type)! - order.get(b.type)! || b.grouping.localeCompare(a.grouping) || a.group.localeCompare(b.group))
    .map((g) => {
      const type = concernType(g.type)!;
      const answered = onTimeShare(g.answer, confidence, "no concern of this type is due to be answered yet");
      return {
        type: g.type,
        typeLabel: type.label,
        responseDays: type.responseDays,
        grouping: g.grouping,
        group: g.group,
        reported: g.reported,
        answeredOnTime: g.answer["on time"],
        answeredLate: g.answer.late,
        overdue: g.answer.overdue,
        pending: g.answer.pending,
        answerDue: answered.judged,
        onTimeShare: answered.share,
        low: answered.low,
        high: answered.high,
        asOf,
        ...(answered.reason ? { reason: answered.reason } : {}),
      };
    });
}

export const qaTimeliness: Dataset = {
  name: "qa-timeliness",
  description: "Per review month, for the state and each region: case reviews, finalized within 60 days of the review (on time, late, overdue, pending), de-identified within 14 days of finalizing, shares on time with Wilson intervals, as of CRD_AS_OF.",
  pages: ["cfsr/review-operations"],
  compute: computeQaTimeliness,
};

export const concernTimeliness: Dataset = {
  name: "concern-timeliness",
  description: "Per concern type, for the state and each region: concerns reported, answered within their response time (24 hours for Safety Issues, 10 days for the others), late, overdue, pending, share on time with its interval, as of CRD_AS_OF.",
  pages: ["cfsr/review-operations"],
  compute: computeConcernTimeliness,
};
