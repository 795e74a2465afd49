// The SIP measures page's cards, which the build also draws into the page for the first county:
// a card a measure the plan sets a target for, with its baseline and target lines.
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
// @ts-expect-error the site's components are plain JavaScript
import { firstSipMeasures, planRows, sipCounties } from "../../reports/components/sipMeasures.js";
// @ts-expect-error as above
import { valueWithCounts } from "../../reports/components/sipFormat.js";

const value = (over: Record<string, unknown>) => ({
  county: "Alder", measure: "P1", measureName: "Permanency in 12 months", unit: "percent", direction: "higher",
  baseline: 0.3, baselineQuarter: "2022Q4", target: 0.4, sipStart: "2023-07-01", sipEnd: "2028-06-30", quarterEnd: "2023-09-30", value: 0.32, ...over,
});

describe("the SIP measures cards", () => {
  it("keep the county's measures with a target, the counties in the data's order", () => {
    const values = [value({}), value({ measure: "S1", target: null }), value({ county: "Birch" })];
    expect(sipCounties(values)).toEqual(["Alder", "Birch"]);
    expect(planRows(values, "Alder").map((d: { measure: string }) => d.measure)).toEqual(["P1"]);
  });

  it("draw the first county's measures a card each, with baseline and target, and say when its plan has none", () => {
    const { document } = new JSDOM("").window;
    const values = [value({}), value({ quarterEnd: "2023-12-31", value: 0.35 }), value({ measure: "2B", measureName: "Timely response", unit: "rate", direction: "lower", baseline: 2.5, target: 2 }), value({ county: "Birch", measure: "X" })];
    const grid = firstSipMeasures({ values }, { document });
    const cards = grid.querySelectorAll(".card");
    expect([...cards].map((c) => c.querySelector("h2")!.textContent)).toEqual(["P1: Permanency in 12 months (↑ higher is better)", "2B: Timely response (↓ lower is better)"]);
    expect(cards[0].querySelector("p")!.textContent).toBe("Baseline 30.0% (2022Q4); target 40.0%; SIP 2023-07-01 to 2028-06-30.");
    expect(cards[1].querySelector("p")!.textContent).toBe("Baseline 2.50 (2022Q4); target 2.00; SIP 2023-07-01 to 2028-06-30.");
    expect(cards[0].querySelector("svg")!.getAttribute("aria-label")).toBe("P1 for Alder");
    expect(cards[0].querySelector("svg")!.textContent).toMatch(/baseline.*target|target.*baseline/s);
    expect(firstSipMeasures({ values: [value({ target: null })] }, { document }).textContent).toBe("Alder's plan sets no measure with a target yet.");
  });

  // The brief: "Every percentage shows its n". The chart's points carry no counts; the card's
  // latest quarter does, and the table below has every quarter's.
  it("show each measure's latest quarter with the counts it comes from", () => {
    const { document } = new JSDOM("").window;
    const values = [
      value({ numerator: 30, denominator: 100 }),
      value({ quarterEnd: "2023-12-31", value: 0.35, numerator: 1400, denominator: 4000 }),
      value({ measure: "3-S1", measureName: "Maltreatment in foster care", unit: "per_100000_days", direction: "lower", value: 4.2248, numerator: 10, denominator: 236696 }),
    ];
    const cards = firstSipMeasures({ values }, { document }).querySelectorAll(".card");
    expect([...cards].map((c) => c.querySelector("p.latest")!.textContent)).toEqual([
      "Latest 35.0% (1,400 of 4,000), quarter ending 2023-12-31.",
      "Latest 4.22 (10 in 236,696 days in foster care), quarter ending 2023-09-30.",
    ]);
  });

  it("say a masked value is masked, and a value without counts is shown alone", () => {
    expect(valueWithCounts(null, { unit: "percent", numerator: null, denominator: null, masked: true })).toBe("masked (a count of 1 to 10)");
    expect(valueWithCounts(null, { unit: "percent" })).toBe("—");
    expect(valueWithCounts(0.32, { unit: "percent" })).toBe("32.0%");
    expect(valueWithCounts(1.5, { unit: "per_1000_days", numerator: 3, denominator: 2000 })).toBe("1.50 (3 in 2,000 days in foster care)");
  });
});
