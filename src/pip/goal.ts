// The PIP Measurement Plan Goal Calculation Worksheet (seed 004), per measured item:
//   baseline p0 = Strength / applicable over the baseline period, n0 = applicable;
//   sampling error = Z * sqrt(p0 * (1 - p0) / n0);
//   goal = p0 + sampling error;
//   adjusted goal = p0 + sampling error * (1 - maxReduction * min(m, fullAtMonths) / fullAtMonths)
// for m months of overlap between the baseline and the implementation period. With the
// defaults (one half, 12 months) that is p0 + SE * (1 - min(m, 12) / 24): domain.md's reading.
// The goal is not capped at 100%: the worksheet adds the error as it is, and a goal above 90%
// has its own rule (three consecutive quarters above the baseline).
import { addDays, firstOfMonth, lastOfMonth, monthsSpanned, type IsoDate } from "../calendar/isoDate.ts";

export interface GoalSettings {
  z: number;
  overlapMonths: number;
  adjustment: { maxReduction: number; fullAtMonths: number };
}

export interface PipGoal {
  baseline: number;
  samplingError: number;
  goal: number;
  adjustedGoal: number;
}

export const DEFAULT_ADJUSTMENT = { maxReduction: 0.5, fullAtMonths: 12 };

/** The worksheet's numbers, or null when there is no applicable case to compute them from. */
export function pipGoal(applicable: number, strengths: number, settings: GoalSettings): PipGoal | null {
  if (!Number.isInteger(applicable) || !Number.isInteger(strengths) || applicable < 0 || strengths < 0 || strengths > applicable) {
    throw new RangeError(`${strengths} Strengths of ${applicable} applicable cases is not a count`);
  }
  if (applicable === 0) return null;
  const baseline = strengths / applicable;
  const samplingError = settings.z * Math.sqrt((baseline * (1 - baseline)) / applicable);
  const { maxReduction, fullAtMonths } = settings.adjustment;
  const reduction = (maxReduction * Math.min(Math.max(settings.overlapMonths, 0), fullAtMonths)) / fullAtMonths;
  return { baseline, samplingError, goal: baseline + samplingError, adjustedGoal: baseline + samplingError * (1 - reduction) };
}

/**
 * Whole calendar months in which two periods overlap, at most `cap` (contract.md: overlapMonths
 * null means "derive it from the dates"). A month counts only when the overlap covers all of it.
 */
export function derivedOverlapMonths(a: { start: IsoDate; end: IsoDate }, b: { start: IsoDate; end: IsoDate }, cap: number): number {
  const start = a.start > b.start ? a.start : b.start;
  const end = a.end < b.end ? a.end : b.end;
  if (start > end) return 0;
  const firstWhole = start === firstOfMonth(start) ? start : addDays(lastOfMonth(start), 1);
  const lastWhole = end === lastOfMonth(end) ? end : addDays(firstOfMonth(end), -1);
  if (firstWhole > lastWhole) return 0;
  return Math.min(cap, monthsSpanned(firstWhole, lastWhole));
}
