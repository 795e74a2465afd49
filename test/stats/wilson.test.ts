import { describe, expect, it } from "vitest";
import { wilsonInterval, zForConfidence } from "../../src/stats/wilson.ts";

// Worked examples from Newcombe RG (1998), "Two-sided confidence intervals for the single
// proportion: comparison of seven methods", Statistics in Medicine 17:857-872, Table I,
// method 3 (Wilson score interval without continuity correction), 95%.
describe("Wilson score interval", () => {
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])("%i of %i is %f to %f (Newcombe 1998, Table I)", (successes, n, low, high) => {
    const interval = wilsonInterval(successes, n)!;
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });

  it("is exact at n of n and has no interval when n is 0", () => {
    expect(wilsonInterval(12, 12)!.high).toBe(1);
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it("takes z from the confidence level", () => {
    expect(zForConfidence(0.95)).toBeCloseTo(1.959964, 5);
    expect(zForConfidence(0.8)).toBeCloseTo(1.281552, 5);
  });
});
