// Public mode masks every count of 1 to 10 and every number a reader could compute one from.
import { describe, expect, it } from "vitest";
import { maskRow, revealsSmallCount } from "../../src/datasets/publicMode.ts";

describe("public mode masking", () => {
  it("masks counts of 1 to 10 and keeps 0 and 11", () => {
    expect(maskRow({ numerator: 0, denominator: 11 })).toEqual({ numerator: 0, denominator: 11 });
    expect(maskRow({ numerator: 10, denominator: 21 })).toEqual({ numerator: null, denominator: null, masked: ["numerator", "denominator"] });
    expect(maskRow({ numerator: 11, denominator: 50, value: 0.22 })).toEqual({ numerator: 11, denominator: 50, value: 0.22 });
  });

  it("masks a share whose numerator is masked, though its denominator is not (share x rated gave it back)", () => {
    // 0.75 of 12 rated is 9 acceptable.
    expect(maskRow({ share: 0.75, acceptable: 9, rated: 12, low: 0.47, high: 0.91 })).toEqual({ share: null, acceptable: null, rated: null, low: null, high: null, masked: ["share", "acceptable", "rated", "low", "high"] });
  });

  it("masks a total that gives a small part back by subtraction", () => {
    // 25 cases, 20 rated: 5 not applicable, though no field says so.
    expect(revealsSmallCount({ cases: 25, rated: 20 })).toBe(true);
    expect(revealsSmallCount({ cases: 40, rated: 20 })).toBe(false);
    // Rating counts: 30 rated minus 12 + 11 rated 4 or more leaves 7 below.
    expect(revealsSmallCount({ counts: { "1": 0, "2": 0, "3": 0, "4": 12, "5": 11, "6": 0 }, rated: 30 })).toBe(true);
    expect(maskRow({ counts: { "1": 0, "4": 3, "5": 12 }, rated: 15, zones: { maintain: 0.8 } })).toEqual({ counts: { "1": null, "4": null, "5": null }, rated: null, zones: { maintain: null }, masked: ["counts", "rated", "zones"] });
  });

  it("masks a window's goal, sampling error and minimum when they come from a small count, and keeps identifiers and settings", () => {
    const row = { item: 1, z: 1.28, applicable: 90, strengths: 81, baseline: 0.9, samplingError: 0.04, goal: 0.94, minimumCases: 88.2, windowEnd: "2021-06-30" };
    // 90 - 81 = 9 ANI cases.
    expect(maskRow(row)).toEqual({ item: 1, z: 1.28, applicable: null, strengths: null, baseline: null, samplingError: null, goal: null, minimumCases: null, windowEnd: "2021-06-30", masked: ["applicable", "strengths", "baseline", "samplingError", "goal", "minimumCases"] });
  });

  it("masks inside nested rows on their own", () => {
    expect(maskRow({ reviewId: "R1", rows: [{ mentions: 4 }, { mentions: 40 }] })).toEqual({ reviewId: "R1", rows: [{ mentions: null, masked: ["mentions"] }, { mentions: 40 }] });
  });

  it("masks, rather than risk it, a row whose share of another of its counts happens to be 1 to 10 cases", () => {
    // 30 of 45 is 2/3; a third of 30 is 10. Not a count of anything, but it might be.
    expect(revealsSmallCount({ n: 45, achieved: 30, performance: 30 / 45 })).toBe(true);
  });

  it("takes a second group with a masked one, so that the total minus the rest does not give it back", () => {
    const block = (grouping: string, group: string, n: number, achieved: number) => ({ item: 3, grouping, group, period: "FY 2021-22", n, achieved, performance: achieved / n });
    const rows = [block("state", "state", 100, 59), block("region", "A", 15, 9), block("region", "B", 40, 21), block("region", "C", 45, 29), block("metro", "metro", 15, 9), block("metro", "rest of state", 85, 50)];
    const masked = maskRow(rows) as Record<string, unknown>[];
    // A (9 achieved) is masked; B, the next smallest region, goes with it (9 + 21 = 30 hidden);
    // the metro group has A's very counts, so it is masked, and the rest of the state with it.
    expect(masked.map((r) => [r.group, r.achieved])).toEqual([["state", 59], ["A", null], ["B", null], ["C", 29], ["metro", null], ["rest of state", null]]);
  });
});
