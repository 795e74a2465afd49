// The state's regional review schedule (seed 004): which regions are reviewed in which month,
// and how many cases of each type a region review represents for measurement. Used when no
// region reference list was loaded; a loaded list takes its place.

export interface ScheduledRegion {
  region: string;
  reviewMonth: number;
  metro: boolean;
}

export const SEED_REVIEW_SCHEDULE: readonly ScheduledRegion[] = [
  { region: "5E", reviewMonth: 1, metro: false },
  { region: "7C", reviewMonth: 2, metro: false },
  { region: "2W", reviewMonth: 3, metro: false },
  { region: "1S", reviewMonth: 3, metro: false },
  { region: "5W", reviewMonth: 4, metro: false },
  { region: "7E", reviewMonth: 5, metro: false },
  { region: "6", reviewMonth: 6, metro: false },
  { region: "7W", reviewMonth: 6, metro: false },
  { region: "2E", reviewMonth: 7, metro: false },
  { region: "1N", reviewMonth: 8, metro: false },
  { region: "3S", reviewMonth: 9, metro: true },
  { region: "4S", reviewMonth: 10, metro: false },
  { region: "3N", reviewMonth: 11, metro: false },
  { region: "4N", reviewMonth: 12, metro: false },
];

/** Cases per region review: baseline period, and after it (seed 004). */
export const CASES_PER_REGION_REVIEW = {
  baseline: { inHome: 8, fosterCare: 12 },
  measurement: { inHome: 10, fosterCare: 15 },
} as const;

/** In-home cases may add this many days to the end of the sample period (seed 004). */
export const IN_HOME_SAMPLE_EXTENSION_DAYS = 45;
