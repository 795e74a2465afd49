// The state overview's grid shows a measure with no value, or a masked one, for what it is:
// "no data" or "masked", never "flat" (which says the measure held still).
import { describe, expect, it } from "vitest";
// @ts-expect-error the site's components are plain JavaScript
import { gridStatus, gridTextColor, STATUS_COLORS } from "../../reports/components/sipFormat.js";

describe("the SIP grid's cell status", () => {
  it("is the measure's status when it has one", () => {
    expect(gridStatus({ status: "flat", latest: 0.4 })).toBe("flat");
    expect(gridStatus({ status: "target met", latest: null, masked: ["latest"] })).toBe("target met");
  });

  it("is 'no data' for a measure with no quarterly value, and 'masked' for one masked in public mode", () => {
    expect(gridStatus({ status: null, latest: null, reason: "no quarterly value yet" })).toBe("no data");
    expect(gridStatus({ status: null, latest: null, masked: ["latest", "numerator"] })).toBe("masked");
    for (const status of ["no data", "masked"]) expect(STATUS_COLORS[status]).toBeDefined();
    expect(gridTextColor({ status: null })).not.toBe("white");
  });
});
