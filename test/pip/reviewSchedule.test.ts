import { describe, expect, it } from "vitest";
import { SEED_REVIEW_SCHEDULE } from "../../src/catalog/reviewSchedule.ts";
import { reviewMonthSchedule, samplePeriod } from "../../src/pip/reviewSchedule.ts";

describe("review schedule (seed 004)", () => {
  // Seed 004's table of sample periods for 2019 reviews, with its one error corrected:
  // the September 2019 sample period ends 2019-02-28 (the seed prints 2/29/2019).
  it.each([
    [1, "2018-01-01", "2018-06-30"],
    [2, "2018-02-01", "2018-07-31"],
    [3, "2018-03-01", "2018-08-31"],
    [4, "2018-04-01", "2018-09-30"],
    [5, "2018-05-01", "2018-10-31"],
    [6, "2018-06-01", "2018-11-30"],
    [7, "2018-07-01", "2018-12-31"],
    [8, "2018-08-01", "2019-01-31"],
    [9, "2018-09-01", "2019-02-28"],
    [10, "2018-10-01", "2019-03-31"],
    [11, "2018-11-01", "2019-04-30"],
    [12, "2018-12-01", "2019-05-31"],
  ])("review month 2019-%i: sample period %s to %s", (month, start, end) => {
    expect(samplePeriod(2019, month)).toMatchObject({ start, end });
  });

  it("ends the September sample period on February 29 in a leap year", () => {
    expect(samplePeriod(2021, 9).end).toBe("2021-02-28");
    expect(samplePeriod(2020, 9).end).toBe("2020-02-29");
  });

  it("adds 45 days to the sample period for in-home cases", () => {
    expect(samplePeriod(2019, 1).inHomeEnd).toBe("2018-08-14");
  });

  it("reviews two regions in March and June, with double the cases", () => {
    const baseline = { start: "2019-07-01", end: "2020-06-30" };
    expect(reviewMonthSchedule(2021, 3, SEED_REVIEW_SCHEDULE, baseline)).toMatchObject({ regions: ["2W", "1S"], inHomeCases: 20, fosterCareCases: 30, baselinePeriod: false });
    expect(reviewMonthSchedule(2020, 6, SEED_REVIEW_SCHEDULE, baseline)).toMatchObject({ regions: ["6", "7W"], inHomeCases: 16, fosterCareCases: 24, baselinePeriod: true });
    expect(reviewMonthSchedule(2019, 9, SEED_REVIEW_SCHEDULE, baseline)).toMatchObject({ regions: ["3S"], metro: true, inHomeCases: 8, fosterCareCases: 12 });
  });

  it("adds up to 350 cases a year (140 in-home + 210 foster care) and 280 in the baseline year", () => {
    const baseline = { start: "2019-07-01", end: "2020-06-30" };
    const year = (y: number, months: number[]) => months.map((m) => reviewMonthSchedule(y, m, SEED_REVIEW_SCHEDULE, baseline));
    const measurement = year(2021, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(measurement.reduce((s, m) => s + m.inHomeCases, 0)).toBe(140);
    expect(measurement.reduce((s, m) => s + m.fosterCareCases, 0)).toBe(210);
    const baselineYear = [...year(2019, [7, 8, 9, 10, 11, 12]), ...year(2020, [1, 2, 3, 4, 5, 6])];
    expect(baselineYear.reduce((s, m) => s + m.inHomeCases + m.fosterCareCases, 0)).toBe(280);
  });
});
