// Seed 004: before it accepts a goal as met the Children's Bureau confirms "significant
// changes were not made to the review schedule". Every month, region and case type whose
// reviews differ from the schedule is listed with the windows it touches.
import { describe, expect, it } from "vitest";
import type { ScheduledRegion } from "../../src/catalog/reviewSchedule.ts";
import { scheduleDeviations, type ReviewedCount } from "../../src/pip/scheduleDeviations.ts";
import { measurementWindows } from "../../src/pip/windows.ts";

const schedule: ScheduledRegion[] = [
  { region: "5E", reviewMonth: 1, metro: false },
  { region: "3S", reviewMonth: 9, metro: true },
];
const baseline = { start: "2019-07-01", end: "2020-06-30" };
const windows = measurementWindows(baseline.end, "2021-12-31");
const kept = (month: string, region: string, fosterCare = 15, inHome = 10, marked = [0, 0]): ReviewedCount[] => [
  { month, region, caseType: "foster_care", reviewed: fosterCare, marked: marked[0] },
  { month, region, caseType: "in_home", reviewed: inHome, marked: marked[1] },
];

describe("deviations from the review schedule", () => {
  it("are none when every scheduled review has 15 foster care and 10 in-home cases (12 and 8 marked in the baseline)", () => {
    const reviewed = [...kept("2019-09", "3S", 15, 10, [12, 8]), ...kept("2020-01", "5E", 15, 10, [12, 8]), ...kept("2020-09", "3S"), ...kept("2021-01", "5E"), ...kept("2021-09", "3S")];
    expect(scheduleDeviations(reviewed, schedule, baseline, "2021-09-30", windows)).toEqual([]);
  });

  it("name a missed review, fewer cases of a type, an unscheduled region and a short baseline sample, with the windows they touch", () => {
    const reviewed = [
      ...kept("2019-09", "3S", 15, 10, [12, 8]),
      ...kept("2020-01", "5E", 15, 10, [12, 7]), // one in-home baseline case short
      ...kept("2020-09", "3S", 13, 10), // two foster care cases short
      ...kept("2020-10", "5E"), // 5E reviewed in October: not its month
      // 2021-01: 5E's review missed
      ...kept("2021-09", "3S"),
    ];
    const found = scheduleDeviations(reviewed, schedule, baseline, "2021-09-30", windows);
    expect(found.map((d) => [d.month, d.region, d.caseType, d.kind, d.scheduled, d.reviewed])).toEqual([
      ["2020-01", "5E", "in_home", "fewer baseline cases", 8, 7],
      ["2020-09", "3S", "foster_care", "fewer cases", 15, 13],
      ["2020-10", "5E", null, "unscheduled review", 0, 25],
      ["2021-01", "5E", null, "missed review", 25, 0],
    ]);
    // The September 2020 shortfall is in every window from 2020-09-30 to 2021-06-30 (12 months
    // back from each quarter end reach September 2020); the baseline month in none.
    expect(found[1].windows).toEqual(["2020-09-30", "2020-12-31", "2021-03-31", "2021-06-30"]);
    expect(found[0].windows).toEqual([]);
    expect(found[3].description).toBe("region 5E's review was scheduled for 2021-01 but no case of it was loaded");
  });

  it("do not count baseline marks when the file marks none (the baseline is then every case reviewed)", () => {
    const reviewed = [...kept("2019-09", "3S"), ...kept("2020-01", "5E")];
    expect(scheduleDeviations(reviewed, schedule, baseline, "2020-06-30", windows)).toEqual([]);
  });
});
