import { describe, expect, it } from "vitest";
import { newcombeDifference } from "../../src/stats/newcombe.ts";

// Worked examples from Newcombe RG (1998), "Interval estimation for the difference between
// independent proportions: comparison of eleven methods", Statistics in Medicine 17:873-890,
// Table II, method 10 (score interval for each proportion, combined), 95%. The paper states
// each example as m/n - n'/n'; here the first argument pair is n'/n' and the second m/n.
describe("Newcombe hybrid score interval for a difference", () => {
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [0, 10, 0, 10, -0.2775, 0.2775],
  ])("%i/%i - %i/%i is %f to %f", (m, n, m2, n2, low, high) => {
    const d = newcombeDifference(m2, n2, m, n)!;
    expect(d.difference).toBeCloseTo(m / n - m2 / n2, 10);
    expect(d.low).toBeCloseTo(low, 4);
    expect(d.high).toBeCloseTo(high, 4);
  });

  it("calls a difference a change only when the interval excludes zero", () => {
    expect(newcombeDifference(48, 80, 56, 70)!.excludesZero).toBe(true);
    expect(newcombeDifference(0, 29, 5, 56)!.excludesZero).toBe(false);
    // 6 of 12 acceptable, then 9 of 12: +25 points, but not a change with 12 cases.
    expect(newcombeDifference(6, 12, 9, 12)!.excludesZero).toBe(false);
  });

  it("has no interval when either review rated no case", () => {
    expect(newcombeDifference(0, 0, 3, 12)).toBeNull();
  });
});
