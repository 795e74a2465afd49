// A review month's schedule (seed 004): the regions reviewed, the cases of each type, the
// six-month sample period starting on the first day of the same month a year earlier, and
// the period under review from that day to the date of review. Computed with calendar
// arithmetic: the seed's own table prints 2/29/2019, a day that does not exist.
import { addDays, addMonths, formatIsoDate, lastOfMonth, type IsoDate } from "../calendar/isoDate.ts";
import { DEIDENTIFY_WITHIN_DAYS, FINALIZE_WITHIN_DAYS } from "../catalog/reviewConcerns.ts";
import { CASES_PER_REGION_REVIEW, IN_HOME_SAMPLE_EXTENSION_DAYS, type ScheduledRegion } from "../catalog/reviewSchedule.ts";

export interface ReviewMonthSchedule {
  reviewMonth: string; // YYYY-MM
  regions: string[];
  metro: boolean;
  inHomeCases: number;
  fosterCareCases: number;
  baselinePeriod: boolean;
  samplePeriodStart: IsoDate;
  samplePeriodEnd: IsoDate;
  inHomeSamplePeriodEnd: IsoDate;
  periodUnderReviewStart: IsoDate;
  /** Seed 004: reviews finalized within 60 days, de-identified within 14 after: for a review on the month's last day. */
  finalizeBy: IsoDate;
  deidentifyBy: IsoDate;
}

export function samplePeriod(year: number, month: number) {
  const start = formatIsoDate({ year: year - 1, month, day: 1 });
  const end = addDays(addMonths(start, 6), -1);
  return { start, end, inHomeEnd: addDays(end, IN_HOME_SAMPLE_EXTENSION_DAYS) };
}

export function reviewMonthSchedule(
  year: number,
  month: number,
  schedule: readonly ScheduledRegion[],
  baseline: { start: IsoDate; end: IsoDate } | null,
): ReviewMonthSchedule {
  const regions = schedule.filter((r) => r.reviewMonth === month);
  const monthStart = formatIsoDate({ year, month, day: 1 });
  const inBaseline = baseline !== null && monthStart >= baseline.start && monthStart <= baseline.end;
  const perRegion = inBaseline ? CASES_PER_REGION_REVIEW.baseline : CASES_PER_REGION_REVIEW.measurement;
  const period = samplePeriod(year, month);
  return {
    reviewMonth: monthStart.slice(0, 7),
    regions: regions.map((r) => r.region),
    metro: regions.some((r) => r.metro),
    inHomeCases: perRegion.inHome * regions.length,
    fosterCareCases: perRegion.fosterCare * regions.length,
    baselinePeriod: inBaseline,
    samplePeriodStart: period.start,
    samplePeriodEnd: period.end,
    inHomeSamplePeriodEnd: period.inHomeEnd,
    periodUnderReviewStart: period.start,
    finalizeBy: addDays(lastOfMonth(monthStart), FINALIZE_WITHIN_DAYS),
    deidentifyBy: addDays(lastOfMonth(monthStart), FINALIZE_WITHIN_DAYS + DEIDENTIFY_WITHIN_DAYS),
  };
}
