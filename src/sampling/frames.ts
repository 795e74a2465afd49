// The sampling frames of one review month (seed 004, "Foster Care Sample Generator" and
// "In-Home Services Sample"; contract.md "Case universe"), with the cases the seed's rules
// eliminate automatically. Pure functions of the universe's rows and the review's dates.
import { addDays, toEpochDay, type IsoDate } from "../calendar/isoDate.ts";
import type { FosterCareEpisodeRow, HouseholdChildRow, InHomeCaseRow } from "../schemas/universe.ts";

export interface ReviewDates {
  /** Sample period: six months from the first of the review month a year earlier. */
  sampleStart: IsoDate;
  sampleEnd: IsoDate;
  /** The period under review runs from the sample period's start to the date of review. */
  reviewDate: IsoDate;
}

export interface FrameCase {
  caseId: string;
  caseType: "foster_care" | "in_home";
  county: string;
  workerKey: string;
}

export interface Eliminated {
  caseId: string;
  caseType: "foster_care" | "in_home";
  reasonCode: string;
}

export interface Frame {
  cases: FrameCase[];
  eliminated: Eliminated[];
}

function byCase<T extends { case_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row.case_id, [...(groups.get(row.case_id) ?? []), row]);
  return groups;
}

/** Days from `a` to `b` (b - a). */
const daysBetween = (a: IsoDate, b: IsoDate) => toEpochDay(b) - toEpochDay(a);

/**
 * Foster care: a case with a custody episode whose end is blank or after the period start
 * (strictly: an episode ending on the period start is out) and whose start is on or before the
 * period end. Eliminated when every such episode lasted less than a day (start = end).
 */
export function fosterCareFrame(episodes: readonly FosterCareEpisodeRow[], dates: ReviewDates): Frame {
  const frame: Frame = { cases: [], eliminated: [] };
  for (const [caseId, rows] of byCase(episodes)) {
    const overlapping = rows.filter((e) => (e.custody_end === null || e.custody_end > dates.sampleStart) && e.custody_start <= dates.sampleEnd);
    if (overlapping.length === 0) continue;
    if (overlapping.every((e) => e.custody_end !== null && e.custody_end === e.custody_start)) {
      frame.eliminated.push({ caseId, caseType: "foster_care", reasonCode: "fc_under_24_hours" });
      continue;
    }
    const latest = [...overlapping].sort((a, b) => b.custody_start.localeCompare(a.custody_start))[0];
    frame.cases.push({ caseId, caseType: "foster_care", county: latest.county, workerKey: latest.worker_key });
  }
  return frame;
}

/** An in-home service: its type says so, however the extract spells it. */
export function isInHomeService(serviceType: string): boolean {
  return serviceType.trim().toLowerCase().replace(/[\s-]+/g, "_") === "in_home";
}

/**
 * In-home: a case opened on or before the period end, not closed before the period start,
 * with an in-home service overlapping the sample period. Eliminated when it was not open 45
 * consecutive days (from the later of its opening and the period start to the earlier of its
 * closing and the review date, both ends counted: the 45 days may run past the sample period
 * inside the period under review), or when a child of the household has a custody episode
 * overlapping the period under review by more than a day (seed 004: "more than 24 hours").
 */
export function inHomeFrame(cases: readonly InHomeCaseRow[], household: readonly HouseholdChildRow[], episodes: readonly FosterCareEpisodeRow[], dates: ReviewDates): Frame {
  const frame: Frame = { cases: [], eliminated: [] };
  const children = new Map<string, string[]>();
  for (const h of household) children.set(h.case_id, [...(children.get(h.case_id) ?? []), h.child_id]);
  const custody = new Map<string, FosterCareEpisodeRow[]>();
  for (const e of episodes) custody.set(e.child_id, [...(custody.get(e.child_id) ?? []), e]);
  for (const [caseId, rows] of byCase(cases)) {
    const open = rows.filter((r) => r.case_start <= dates.sampleEnd && (r.case_end === null || r.case_end >= dates.sampleStart));
    const service = open.filter((r) => isInHomeService(r.service_type) && r.service_start <= dates.sampleEnd && (r.service_end === null || r.service_end >= dates.sampleStart));
    if (service.length === 0) continue;
    const caseStart = open.map((r) => r.case_start).sort()[0];
    const closings = open.map((r) => r.case_end);
    const caseEnd = closings.includes(null) ? null : closings.sort().at(-1)!;
    const from = caseStart > dates.sampleStart ? caseStart : dates.sampleStart;
    const to = caseEnd !== null && caseEnd < dates.reviewDate ? caseEnd : dates.reviewDate;
    if (to < from || daysBetween(from, to) + 1 < 45) {
      frame.eliminated.push({ caseId, caseType: "in_home", reasonCode: "ih_under_45_days" });
      continue;
    }
    const inCare = (children.get(caseId) ?? []).some((child) =>
      (custody.get(child) ?? []).some((e) => {
        const start = e.custody_start > dates.sampleStart ? e.custody_start : dates.sampleStart;
        const end = e.custody_end === null || e.custody_end > dates.reviewDate ? dates.reviewDate : e.custody_end;
        return daysBetween(start, end) > 1;
      }),
    );
    if (inCare) {
      frame.eliminated.push({ caseId, caseType: "in_home", reasonCode: "ih_child_in_foster_care" });
      continue;
    }
    const latest = [...service].sort((a, b) => b.service_start.localeCompare(a.service_start))[0];
    frame.cases.push({ caseId, caseType: "in_home", county: latest.county, workerKey: latest.worker_key });
  }
  return frame;
}

/** The in-home cases' sample period end with the seed's 45 additional days. */
export function inHomeSampleEnd(sampleEnd: IsoDate): IsoDate {
  return addDays(sampleEnd, 45);
}
