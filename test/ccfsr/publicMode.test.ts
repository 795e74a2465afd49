import { describe, expect, it } from "vitest";
import { maskRow } from "../../src/datasets/publicMode.ts";

describe("public mode masking", () => {
  it("masks counts of 1 to 10 and keeps 0 and 11", () => {
    expect(maskRow({ numerator: 10, denominator: 11 })).toEqual({ numerator: null, denominator: 11, masked: ["numerator"] });
    expect(maskRow({ numerator: 0, denominator: 11 })).toEqual({ numerator: 0, denominator: 11 });
    expect(maskRow({ numerator: 1, denominator: 50 })).toEqual({ numerator: null, denominator: 50, masked: ["numerator"] });
  });

  it("masks a share whose denominator is masked, since the two would give the count back", () => {
    expect(maskRow({ value: 0.5, numerator: 5, denominator: 10 })).toEqual({ value: null, numerator: null, denominator: null, masked: ["numerator", "denominator", "value"] });
    expect(maskRow({ share: 0.75, acceptable: 9, rated: 12, low: 0.47, high: 0.91 })).toEqual({ share: 0.75, acceptable: null, rated: 12, low: 0.47, high: 0.91, masked: ["acceptable"] });
    expect(maskRow({ share: 0.7, acceptable: 7, rated: 10, low: 0.4, high: 0.9 })).toMatchObject({ share: null, low: null, high: null, rated: null });
  });

  it("masks inside rating counts and nested rows", () => {
    expect(maskRow({ counts: { "1": 0, "4": 3, "5": 12 }, rated: 15 })).toEqual({ counts: { "1": 0, "4": null, "5": 12 }, rated: 15, masked: ["counts"] });
    expect(maskRow({ rows: [{ mentions: 4 }] })).toEqual({ rows: [{ mentions: null, masked: ["mentions"] }] });
  });
});
