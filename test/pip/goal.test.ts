import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_ADJUSTMENT, derivedOverlapMonths, pipGoal } from "../../src/pip/goal.ts";

const settings = (overlapMonths: number, z = 1.28) => ({ z, overlapMonths, adjustment: DEFAULT_ADJUSTMENT });

describe("PIP goal worksheet (seed 004)", () => {
  // By hand: p0 = 60/100 = 0.6; SE = 1.28 * sqrt(0.6 * 0.4 / 100) = 1.28 * 0.0489898 = 0.0627069.
  it("computes baseline, sampling error and goal: 60 Strengths of 100 applicable", () => {
    const goal = pipGoal(100, 60, settings(0))!;
    expect(goal.baseline).toBe(0.6);
    expect(goal.samplingError).toBeCloseTo(0.0627069, 6);
    expect(goal.goal).toBeCloseTo(0.6627069, 6);
    expect(goal.adjustedGoal).toBeCloseTo(0.6627069, 6); // no overlap: no adjustment
  });

  it.each([
    [0, 0.6627069], // SE * (1 - 0/24)
    [6, 0.6470302], // 0.6 + 0.0627069 * 0.75
    [12, 0.6313535], // 0.6 + 0.0627069 * 0.5: reduced by one half
    [15, 0.6313535], // no more than 12 months count
  ])("adjusts the goal for %i months of overlap", (months, adjusted) => {
    expect(pipGoal(100, 60, settings(months))!.adjustedGoal).toBeCloseTo(adjusted, 6);
  });

  it("has no sampling error when p0 is 0 or 1", () => {
    expect(pipGoal(50, 0, settings(6))).toEqual({ baseline: 0, samplingError: 0, goal: 0, adjustedGoal: 0 });
    expect(pipGoal(50, 50, settings(6))).toEqual({ baseline: 1, samplingError: 0, goal: 1, adjustedGoal: 1 });
  });

  it("has no goal without an applicable case, and refuses counts that are not counts", () => {
    expect(pipGoal(0, 0, settings(0))).toBeNull();
    expect(() => pipGoal(10, 11, settings(0))).toThrow(RangeError);
    expect(() => pipGoal(10.5, 1, settings(0))).toThrow(RangeError);
  });

  const counts = fc.integer({ min: 1, max: 2000 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n })));

  it("never sets a goal below the baseline", () => {
    fc.assert(fc.property(counts, fc.integer({ min: 0, max: 40 }), ([n, k], m) => {
      const g = pipGoal(n, k, settings(m))!;
      return g.goal >= g.baseline;
    }));
  });

  it("puts the adjusted goal between the baseline and the goal", () => {
    fc.assert(fc.property(counts, fc.integer({ min: 0, max: 40 }), ([n, k], m) => {
      const g = pipGoal(n, k, settings(m))!;
      return g.baseline <= g.adjustedGoal + 1e-12 && g.adjustedGoal <= g.goal + 1e-12;
    }));
  });

  it("lowers the adjusted goal as the overlap grows, and holds it flat past 12 months", () => {
    fc.assert(fc.property(counts, fc.integer({ min: 0, max: 30 }), ([n, k], m) => {
      const now = pipGoal(n, k, settings(m))!.adjustedGoal;
      const later = pipGoal(n, k, settings(m + 1))!.adjustedGoal;
      return m >= 12 ? later === now : later <= now;
    }));
  });
});

describe("overlap months derived from the plan's dates", () => {
  const baseline = { start: "2019-07-01", end: "2020-06-30" };
  it.each([
    [{ start: "2020-01-01", end: "2022-03-31" }, 6], // the contract's example: January-June 2020
    [{ start: "2020-01-15", end: "2022-03-31" }, 5], // January is not whole
    [{ start: "2019-01-01", end: "2022-03-31" }, 12],
    [{ start: "2020-07-01", end: "2022-03-31" }, 0],
    [{ start: "2020-06-30", end: "2022-03-31" }, 0], // one day is not a month
  ])("implementation %j overlaps %i months", (implementation, months) => {
    expect(derivedOverlapMonths(baseline, implementation, 12)).toBe(months);
  });

  it("counts no more than the cap", () => {
    expect(derivedOverlapMonths({ start: "2018-01-01", end: "2020-06-30" }, { start: "2018-01-01", end: "2022-03-31" }, 12)).toBe(12);
  });
});
