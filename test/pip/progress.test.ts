import { describe, expect, it } from "vitest";
import { checkPipPlan, type PipPlan } from "../../src/schemas/pipPlan.ts";
import { pipGoal } from "../../src/pip/goal.ts";
import { itemStatus, judgeWindows, type ItemBaseline, type PeriodCounts } from "../../src/pip/progress.ts";
import { measurementWindows } from "../../src/pip/windows.ts";

const plan = (checkPipPlan({
  baseline: { start: "2019-07-01", end: "2020-06-30" },
  implementation: { start: "2020-01-01", end: "2022-03-31" },
  nonOverlappingEnd: "2023-03-31",
  items: [1, 3],
  overlapMonths: 0,
}) as { ok: true; plan: PipPlan }).plan;

// 13 windows ending 2020-09-30 ... 2023-09-30; the first three are provisional.
const windows = measurementWindows("2020-06-30", "2023-09-01");
/** Data complete far beyond every window: only provisional and the measurement period limit judging. */
const OPEN = "2099-12-31";

function baselineOf(applicable: number, strengths: number): ItemBaseline {
  return { item: 3, cases: 200, metroCases: 20, fosterCareCases: 120, applicable, strengths, goal: pipGoal(applicable, strengths, { z: 1.28, overlapMonths: 0, adjustment: plan.adjustment }), overlapMonths: 0 };
}

function counts(strengths: number, overrides: Partial<PeriodCounts> = {}): PeriodCounts {
  return { cases: 200, metroCases: 20, fosterCareCases: 120, applicable: 100, strengths, ...overrides };
}

describe("judging measurement windows", () => {
  const baseline = baselineOf(100, 50); // p0 0.5, goal 0.5 + 1.28 * 0.05 = 0.564

  it("meets the goal in a judged window at or above the goal that passes both checks", () => {
    const judged = judgeWindows(baseline, windows.map((w) => ({ window: w, counts: counts(57) })), plan, 0.95, OPEN);
    expect(judged[0]).toMatchObject({ provisional: true, goalMet: false, performance: 0.57 });
    expect(judged[3]).toMatchObject({ provisional: false, goalMet: true, metBy: "goal", minimumCasesOk: true, distributionOk: true });
    expect(itemStatus(judged)).toMatchObject({ status: "met", firstMet: { windowEnd: "2021-06-30" } });
  });

  it("does not meet the goal when a tolerance check fails", () => {
    const tooFew = judgeWindows(baseline, windows.map((w) => ({ window: w, counts: counts(57, { applicable: 97, strengths: 57 }) })), plan, 0.95, OPEN);
    expect(tooFew[3]).toMatchObject({ minimumCasesOk: false, goalMet: false }); // 97 < 0.98 * 100
    const metroShift = judgeWindows(baseline, windows.map((w) => ({ window: w, counts: counts(57, { metroCases: 31 }) })), plan, 0.95, OPEN);
    expect(metroShift[3]).toMatchObject({ metroShare: 0.155, distributionOk: false, goalMet: false });
    const atLimit = judgeWindows(baseline, windows.map((w) => ({ window: w, counts: counts(57, { metroCases: 30, applicable: 98 }) })), plan, 0.95, OPEN);
    expect(atLimit[3]).toMatchObject({ minimumCasesOk: true, distributionOk: true, goalMet: true });
  });

  it("is on track when not met but the latest judged window is above the baseline, not met otherwise", () => {
    expect(itemStatus(judgeWindows(baseline, windows.map((w) => ({ window: w, counts: counts(53) })), plan, 0.95, OPEN)).status).toBe("on track");
    expect(itemStatus(judgeWindows(baseline, windows.map((w) => ({ window: w, counts: counts(50) })), plan, 0.95, OPEN)).status).toBe("not met");
  });

  it("says why a window with no applicable case or no metro case cannot be judged, without NaN", () => {
    const [row] = judgeWindows(baseline, [{ window: windows[3], counts: counts(0, { applicable: 0, metroCases: 0 }) }], plan, 0.95, OPEN);
    expect(row).toMatchObject({ performance: null, low: null, high: null, goalMet: false });
    expect(row.reason).toContain("no case reviewed in this window was applicable");
    expect(row.reason).toContain("no metropolitan-area case");
    expect(JSON.stringify(row)).not.toContain("NaN");
  });

  it("applies the rule for goals above 90%: three consecutive judged quarters above the baseline", () => {
    const high = baselineOf(100, 93); // goal 0.93 + 1.28 * sqrt(0.93 * 0.07 / 100) = 0.9627
    expect(high.goal!.adjustedGoal).toBeGreaterThan(0.9);
    const performance = [95, 95, 95, /* judged: */ 94, 92, 94, 94, 94, 94];
    const judged = judgeWindows(high, windows.slice(0, performance.length).map((w, i) => ({ window: w, counts: counts(performance[i]) })), plan, 0.95, OPEN);
    // Provisional windows do not count; 2021-06-30 is above, 2021-09-30 falls below and breaks the run.
    expect(judged.map((j) => j.metBy)).toEqual([null, null, null, null, null, null, null, "highGoalRule", "highGoalRule"]);
    expect(itemStatus(judged)).toMatchObject({ status: "met", firstMet: { windowEnd: "2022-06-30", metBy: "highGoalRule" } });
  });

  it("does not apply the high-goal rule to a goal of 90% or less", () => {
    const judged = judgeWindows(baseline, windows.map((w) => ({ window: w, counts: counts(54) })), plan, 0.95, OPEN);
    expect(judged.every((j) => !j.goalMet)).toBe(true);
  });
});
