// Rolling 12-month measurement windows (seed 004; domain.md section 2). A window ends on each
// quarter end after the baseline period and covers the 12 months before it, but never reaches
// back into the baseline: such a window starts the day after the baseline ends and is
// provisional (fewer than 12 months of findings: shown, never used to judge).
import { addDays, addMonths, nextQuarterEnd, quarterEndOf, type IsoDate } from "../calendar/isoDate.ts";

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
