import { describe, expect, it } from "vitest";
import { distributionCheck, minimumCasesCheck } from "../../src/pip/tolerance.ts";

describe("-2% minimum cases", () => {
  it("passes exactly at the limit and fails one case below it", () => {
    expect(minimumCasesCheck(49, 50, 0.02)).toEqual({ ok: true, applicable: 49, minimum: 49 });
    expect(minimumCasesCheck(48, 50, 0.02).ok).toBe(false);
    // 0.98 * 168 = 164.64: 165 passes, 164 fails.
    expect(minimumCasesCheck(165, 168, 0.02).ok).toBe(true);
    expect(minimumCasesCheck(164, 168, 0.02).ok).toBe(false);
  });
});

describe("+/-5% distribution", () => {
  it("passes exactly five points away and fails one case further", () => {
    // Baseline 20 of 200 metro cases (10%); window 30 of 200 (15%) is exactly +5 points.
    expect(distributionCheck(30 / 200, 20 / 200, 0.05, "points", "metro").ok).toBe(true);
    expect(distributionCheck(31 / 200, 20 / 200, 0.05, "points", "metro").ok).toBe(false);
    expect(distributionCheck(10 / 200, 20 / 200, 0.05, "points", "metro").ok).toBe(true);
    expect(distributionCheck(9 / 200, 20 / 200, 0.05, "points", "metro").ok).toBe(false);
  });

  it("shows the numbers it compared", () => {
    const check = distributionCheck(0.6, 0.6, 0.05, "points", "case type");
    expect(check).toEqual({ ok: true, share: 0.6, baselineShare: 0.6, difference: 0 });
  });

  it("can measure the tolerance relative to the baseline share, as a setting", () => {
    expect(distributionCheck(0.105, 0.1, 0.05, "relative", "metro").ok).toBe(true);
    expect(distributionCheck(0.106, 0.1, 0.05, "relative", "metro").ok).toBe(false);
  });

  it("says why when a share cannot be compared", () => {
    expect(distributionCheck(null, 0.1, 0.05, "points", "metropolitan-area")).toMatchObject({ ok: false, reason: expect.stringContaining("no case was reviewed in the window") });
    expect(distributionCheck(0.1, null, 0.05, "points", "metropolitan-area").reason).toContain("baseline");
  });
});
