import { describe, expect, it } from "vitest";
import { measureStatus } from "../../src/ccfsr/measureStatus.ts";

describe("SIP measure status", () => {
  // Higher is better: baseline 40%, target 44% (planned improvement 4 points, flat band 1 point).
  it.each([
    [0.45, "target met"],
    [0.44, "target met"],
    [0.42, "improving"],
    [0.405, "flat"],
    [0.395, "flat"],
    [0.385, "worsening"],
  ])("higher is better: latest %f is %s", (latest, status) => {
    expect(measureStatus({ baseline: 0.4, target: 0.44, latest, direction: "higher" }).status).toBe(status);
  });

  // Lower is better: re-entry baseline 12%, target 9%.
  it.each([
    [0.085, "target met"],
    [0.1, "improving"],
    [0.119, "flat"],
    [0.13, "worsening"],
  ])("lower is better: latest %f is %s", (latest, status) => {
    expect(measureStatus({ baseline: 0.12, target: 0.09, latest, direction: "lower" }).status).toBe(status);
  });

  it("signs the change so that positive is better in both directions", () => {
    expect(measureStatus({ baseline: 0.12, target: 0.09, latest: 0.1, direction: "lower" }).changeInBetterDirection).toBeCloseTo(0.02, 10);
    expect(measureStatus({ baseline: 0.4, target: 0.44, latest: 0.38, direction: "higher" }).changeInBetterDirection).toBeCloseTo(-0.02, 10);
  });

  it("says why there is no status without a value", () => {
    expect(measureStatus({ baseline: 0.4, target: 0.44, latest: null, direction: "higher" })).toMatchObject({ status: null, reason: "no quarterly value yet" });
  });
});
