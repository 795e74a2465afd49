import { describe, expect, it } from "vitest";
import { checkRow, type TabularKind } from "../../src/schemas/inputKind.ts";
import { checkPipPlan } from "../../src/schemas/pipPlan.ts";
import { pqcrEvents, pqcrFindings } from "../../src/schemas/pqcr.ts";
import { offices, regions } from "../../src/schemas/reference.ts";
import { sipMeasures, sipTargets, sipValues } from "../../src/schemas/sip.ts";

function columnsWithProblems(kind: TabularKind, cells: Record<string, string>) {
  const check = checkRow(kind, cells);
  return check.ok ? [] : check.problems.map((p) => p.column);
}

const office = { office: "Northgate", opened: "2010-07-01", closed: "", successor: "" };
const region = { region: "3S", name: "Region 3 South", review_month: "9", metro: "yes" };
const target = { county: "Alder", measure: "3-P1", baseline_quarter: "2023-06-30", baseline: "0.38", target: "0.42", sip_start: "2024-01-15", sip_end: "2027-01-14" };
const value = { county: "Alder", measure: "3-P1", quarter_end: "2024-09-30", value: "0.401", numerator: "61", denominator: "152" };
const event = { county: "Alder", pqcr_start: "2024-04-15", pqcr_end: "2024-04-19", focus_area: "Timely reunification" };
const finding = { county: "Alder", pqcr_end: "2024-04-19", category: "Training Needs", scope: "focus_area", source: "interview", theme: "Concurrent planning", mentions: "4" };
const measure = { measure: "C-1", name: "Fathers engaged", unit: "percent", direction: "higher", source: "County SIP" };

describe("reference and SIP rows", () => {
  it.each([
    ["offices", offices, office],
    ["regions", regions, region],
    ["sip-targets", sipTargets, target],
    ["sip-values", sipValues, value],
    ["pqcr-events", pqcrEvents, event],
    ["pqcr-findings", pqcrFindings, finding],
    ["sip-measures", sipMeasures, measure],
  ] as const)("accepts a valid %s row", (_, kind, cells) => {
    expect(columnsWithProblems(kind as TabularKind, cells)).toEqual([]);
  });

  it.each(([
    [offices, { ...office, closed: "2009-01-01" }, "closed"],
    [offices, { ...office, successor: "Eastfield" }, "successor"],
    [regions, { ...region, review_month: "13" }, "review_month"],
    [regions, { ...region, metro: "metro" }, "metro"],
    [sipTargets, { ...target, baseline_quarter: "2023-06-15" }, "baseline_quarter"],
    [sipTargets, { ...target, sip_end: "2023-01-01" }, "sip_end"],
    [sipTargets, { ...target, baseline: "38%" }, "baseline"],
    [sipValues, { ...value, quarter_end: "2024-09-29" }, "quarter_end"],
    [sipValues, { ...value, numerator: "200" }, "numerator"],
    [sipValues, { ...value, denominator: "1,520" }, "denominator"],
    [pqcrEvents, { ...event, pqcr_end: "2024-04-01" }, "pqcr_end"],
    [pqcrFindings, { ...finding, category: "Gossip" }, "category"],
    [pqcrFindings, { ...finding, scope: "county" }, "scope"],
    [pqcrFindings, { ...finding, mentions: "0" }, "mentions"],
    [sipMeasures, { ...measure, direction: "sideways" }, "direction"],
  ] as const).map(([kind, cells, column]) => [column, kind, cells] as const))("refuses a bad %s (case %#)", (column, kind, cells) => {
    expect(columnsWithProblems(kind as TabularKind, cells)).toEqual([column]);
  });
});

describe("PIP plan", () => {
  const plan = {
    baseline: { start: "2019-07-01", end: "2020-06-30" },
    implementation: { start: "2020-01-01", end: "2022-03-31" },
    nonOverlappingEnd: "2023-03-31",
    items: [1, 2, 3, 4, 5, 6, 12, 13, 14, 15],
    z: 1.28,
    overlapMonths: null,
    tolerance: { applicableCases: 0.02, distributionPoints: 0.05 },
    highGoal: { above: 0.9, consecutiveQuarters: 3 },
  };

  it("accepts the contract's example and fills in the defaults", () => {
    const check = checkPipPlan(plan);
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.plan.adjustment).toEqual({ maxReduction: 0.5, fullAtMonths: 12 });
  });

  it("refuses dates that contradict each other, naming the field", () => {
    const check = checkPipPlan({ ...plan, baseline: { start: "2019-07-01", end: "2019-06-30" }, nonOverlappingEnd: "2021-01-01" });
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problems.map((p) => p.path).sort()).toEqual(["baseline.end", "nonOverlappingEnd"]);
  });

  it("refuses an unknown setting, an item twice and a tolerance written as a percent", () => {
    const check = checkPipPlan({ ...plan, items: [1, 1], tolerance: { applicableCases: 2, distributionPoints: 0.05 }, zz: 1 });
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problems.map((p) => p.path).sort()).toEqual(["items", "tolerance.applicableCases", "zz"]);
  });
});
