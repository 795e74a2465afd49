// Which windows count toward a PIP goal (seed 004; contract.md pip-progress `judged`,
// `notJudgedBecause`): 12 months of findings, "for the duration of the PIP and the
// non-overlapping period", and only once the window's reviews are all in and finalized.
import { describe, expect, it } from "vitest";
import { pipGoal } from "../../src/pip/goal.ts";
import { itemStatus, judgeWindows, type ItemBaseline, type PeriodCounts } from "../../src/pip/progress.ts";
import { defaultDataCompleteThrough, measurementWindows } from "../../src/pip/windows.ts";
import { checkPipPlan, type PipPlan } from "../../src/schemas/pipPlan.ts";

const plan = (checkPipPlan({
  baseline: { start: "2019-07-01", end: "2020-06-30" },
  implementation: { start: "2020-01-01", end: "2022-03-31" },
  nonOverlappingEnd: "2023-03-31",
  items: [3],
  overlapMonths: 0,
}) as { ok: true; plan: PipPlan }).plan;

// Windows ending 2020-09-30 ... 2023-12-31 (14): three provisional, then judged up to
// 2023-03-31, then two after the non-overlapping period.
const windows = measurementWindows("2020-06-30", "2023-12-01");
// p0 = 50 / 100 = 0.5; goal = 0.5 + 1.28 * sqrt(0.25 / 100) = 0.564.
const baseline: ItemBaseline = { item: 3, cases: 200, metroCases: 20, fosterCareCases: 120, applicable: 100, strengths: 50, goal: pipGoal(100, 50, { z: 1.28, overlapMonths: 0, adjustment: plan.adjustment }), overlapMonths: 0 };
const counts = (strengths: number): PeriodCounts => ({ cases: 200, metroCases: 20, fosterCareCases: 120, applicable: 100, strengths });

describe("the windows that count toward the goal", () => {
  it("leave out windows after the non-overlapping period, even above the goal", () => {
    // Below the goal until the measurement period ends, far above it after.
    const strengths = windows.map((w) => (w.end <= "2023-03-31" ? 52 : 90));
    const judged = judgeWindows(baseline, windows.map((w, i) => ({ window: w, counts: counts(strengths[i]) })), plan, 0.95, "2099-12-31");
    const after = judged.filter((j) => j.windowEnd > "2023-03-31");
    expect(after.map((j) => j.windowEnd)).toEqual(["2023-06-30", "2023-09-30", "2023-12-31"]);
    for (const j of after) expect(j).toMatchObject({ performance: 0.9, judged: false, notJudgedBecause: "after the measurement period", goalMet: false });
    expect(after[0].notJudgedNote).toBe("after the measurement period, which ended 2023-03-31: shown, not judged");
    expect(judged.find((j) => j.windowEnd === "2023-03-31")).toMatchObject({ judged: true, notJudgedBecause: null, goalMet: false });
    // 52 of 100 is above the 0.5 baseline: on track, judged on the window ending 2023-03-31 ...
    expect(itemStatus(judged)).toMatchObject({ status: "on track", latest: { windowEnd: "2023-03-31" } });
    // ... until the measurement period is over and complete: then not met, for good.
    expect(itemStatus(judged, true)).toMatchObject({ status: "not met", latest: { windowEnd: "2023-03-31" } });
  });

  it("leave out windows ending after dataCompleteThrough, whose reviews may not be finalized", () => {
    const judged = judgeWindows(baseline, windows.map((w) => ({ window: w, counts: counts(60) })), plan, 0.95, "2021-12-31");
    expect(judged.map((j) => [j.windowEnd, j.notJudgedBecause])).toEqual([
      ["2020-09-30", "provisional"],
      ["2020-12-31", "provisional"],
      ["2021-03-31", "provisional"],
      ["2021-06-30", null],
      ["2021-09-30", null],
      ["2021-12-31", null],
      ["2022-03-31", "incomplete"],
      ["2022-06-30", "incomplete"],
      ["2022-09-30", "incomplete"],
      ["2022-12-31", "incomplete"],
      ["2023-03-31", "incomplete"],
      ["2023-06-30", "after the measurement period"],
      ["2023-09-30", "after the measurement period"],
      ["2023-12-31", "after the measurement period"],
    ]);
    const incomplete = judged.find((j) => j.windowEnd === "2022-03-31")!;
    expect(incomplete).toMatchObject({ judged: false, goalMet: false });
    expect(incomplete.notJudgedNote).toBe("incomplete: it ends after 2021-12-31, the last quarter whose reviews are all in and finalized");
    // 60 of 100 >= 0.564 in the judged window ending 2021-06-30.
    expect(itemStatus(judged)).toMatchObject({ status: "met", firstMet: { windowEnd: "2021-06-30" } });
  });

  it("are checked in the contract's order: provisional before after the period before incomplete", () => {
    const judged = judgeWindows(baseline, windows.map((w) => ({ window: w, counts: counts(60) })), plan, 0.95, "2020-06-30");
    expect(judged[0].notJudgedBecause).toBe("provisional");
    expect(judged.at(-1)!.notJudgedBecause).toBe("after the measurement period");
    expect(judged[5].notJudgedBecause).toBe("incomplete");
  });

  it("give the status 'not yet measured' before the first judged window, never one from a provisional window", () => {
    // Only the provisional windows exist, performing far above the goal.
    const early = judgeWindows(baseline, windows.slice(0, 3).map((w) => ({ window: w, counts: counts(90) })), plan, 0.95, "2099-12-31");
    expect(itemStatus(early)).toEqual({ status: "not yet measured", firstMet: null, latest: null });
    // Judged windows exist but none is complete yet.
    const unfinished = judgeWindows(baseline, windows.slice(0, 5).map((w) => ({ window: w, counts: counts(30) })), plan, 0.95, "2020-12-31");
    expect(itemStatus(unfinished).status).toBe("not yet measured");
  });

  it("count the high-goal rule's consecutive quarters over judged windows only", () => {
    const high: ItemBaseline = { ...baseline, strengths: 93, goal: pipGoal(100, 93, { z: 1.28, overlapMonths: 0, adjustment: plan.adjustment }) };
    // Above the 0.93 baseline in every window; complete only through 2021-09-30: two judged quarters.
    const judged = judgeWindows(high, windows.map((w) => ({ window: w, counts: counts(95) })), plan, 0.95, "2021-09-30");
    expect(judged.filter((j) => j.goalMet)).toEqual([]);
    expect(itemStatus(judged).status).toBe("on track");
  });
});

describe("the default dataCompleteThrough", () => {
  it("is the last quarter end on or before CRD_AS_OF minus the 60 days reviews take to be finalized", () => {
    expect(defaultDataCompleteThrough("2026-11-23")).toBe("2026-06-30"); // 60 days before: 2026-09-24
    expect(defaultDataCompleteThrough("2026-11-29")).toBe("2026-09-30"); // 60 days before: 2026-09-30
    expect(defaultDataCompleteThrough("2026-11-28")).toBe("2026-06-30"); // 2026-09-29
    expect(defaultDataCompleteThrough("2024-04-29")).toBe("2023-12-31"); // 2024-02-29, a leap day
    expect(defaultDataCompleteThrough("2025-03-01")).toBe("2024-12-31"); // 2024-12-31 itself
  });
});
