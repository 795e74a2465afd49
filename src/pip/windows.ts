// Rolling 12-month measurement windows (seed 004; domain.md section 2). A window ends on each
// quarter end after the baseline period and covers the 12 months before it, but never reaches
// back into the baseline: such a window starts the day after the baseline ends and is
// provisional (fewer than 12 months of findings: shown, never used to judge).
import { addDays, addMonths, nextQuarterEnd, quarterEndOf, quarterEndOnOrBefore, type IsoDate } from "../calendar/isoDate.ts";
// Seed 004: "finalize all the case reviews for the region within 60 days from the date of the case review".
import { FINALIZE_WITHIN_DAYS } from "../catalog/reviewConcerns.ts";

export interface MeasurementWindow {
  start: IsoDate;
  end: IsoDate;
  provisional: boolean;
}

/** The 12-month window ending on a quarter end, clipped to start after the baseline. */
export function measurementWindow(end: IsoDate, baselineEnd: IsoDate): MeasurementWindow {
  const fullStart = addDays(addMonths(end, -12), 1);
  const afterBaseline = addDays(baselineEnd, 1);
  return fullStart < afterBaseline ? { start: afterBaseline, end, provisional: true } : { start: fullStart, end, provisional: false };
}

export type NotJudgedBecause = "provisional" | "after the measurement period" | "incomplete";

/**
 * Why a window does not count toward the goal, or null when it does (contract.md, pip-progress;
 * checked in this order). Provisional: fewer than 12 months of findings. After the measurement
 * period: seed 004 measures "for the duration of the PIP and the non-overlapping period", so a
 * window ending after `nonOverlappingEnd` is shown, never judged. Incomplete: it ends after
 * `dataCompleteThrough`, when its reviews may not all be in or finalized yet.
 */
export function notJudgedBecause(window: MeasurementWindow, nonOverlappingEnd: IsoDate, dataCompleteThrough: IsoDate): NotJudgedBecause | null {
  if (window.provisional) return "provisional";
  if (window.end > nonOverlappingEnd) return "after the measurement period";
  if (window.end > dataCompleteThrough) return "incomplete";
  return null;
}

/**
 * The default `dataCompleteThrough`: the last quarter end on or before the as-of day minus the
 * 60 days reviews take to be finalized (contract.md): its reviews are all in and final.
 */
export function defaultDataCompleteThrough(asOf: IsoDate): IsoDate {
  return quarterEndOnOrBefore(addDays(asOf, -FINALIZE_WITHIN_DAYS));
}

/**
 * Every window from the first quarter end after the baseline to the quarter end of the latest
 * review (the quarter the data reaches into).
 */
export function measurementWindows(baselineEnd: IsoDate, latestReview: IsoDate | null): MeasurementWindow[] {
  if (latestReview === null || latestReview <= baselineEnd) return [];
  const last = quarterEndOf(latestReview);
  const windows: MeasurementWindow[] = [];
  for (let end = nextQuarterEnd(baselineEnd); end <= last; end = nextQuarterEnd(end)) windows.push(measurementWindow(end, baselineEnd));
  return windows;
}
