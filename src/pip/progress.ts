// Judging each measurement window of a PIP item: performance, the two tolerance checks, and
// whether the goal is met (seed 004). Pure functions over counts, so every rule is tested
// without a database.
import { wilsonInterval, zForConfidence } from "../stats/wilson.ts";
import type { PipPlan } from "../schemas/pipPlan.ts";
import type { PipGoal } from "./goal.ts";
import { distributionCheck, minimumCasesCheck } from "./tolerance.ts";
import type { MeasurementWindow } from "./windows.ts";

/** Counts of one period (the baseline or a window): all cases reviewed, and one item's ratings. */
export interface PeriodCounts {
  cases: number;
  metroCases: number;
  fosterCareCases: number;
  applicable: number;
  strengths: number;
}

export interface ItemBaseline extends PeriodCounts {
  item: number;
  goal: PipGoal | null;
  overlapMonths: number;
}

export type MetBy = "goal" | "highGoalRule";

export interface WindowProgress {
  item: number;
  windowStart: string;
  windowEnd: string;
  provisional: boolean;
  cases: number;
  applicable: number;
  strengths: number;
  performance: number | null;
  low: number | null;
  high: number | null;
  metroShare: number | null;
  fosterCareShare: number | null;
  baselineMetroShare: number | null;
  baselineFosterCareShare: number | null;
  metroShareDifference: number | null;
  fosterCareShareDifference: number | null;
  minimumCases: number;
  minimumCasesOk: boolean;
  distributionOk: boolean;
  baseline: number | null;
  goal: number | null;
  aboveBaseline: boolean | null;
  goalMet: boolean;
  metBy: MetBy | null;
  reason: string | null;
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

export function judgeWindows(
  baseline: ItemBaseline,
  windows: { window: MeasurementWindow; counts: PeriodCounts }[],
  plan: PipPlan,
  confidence: number,
): WindowProgress[] {
  const z = zForConfidence(confidence);
  const baselineMetroShare = share(baseline.metroCases, baseline.cases);
  const baselineFosterCareShare = share(baseline.fosterCareCases, baseline.cases);
  const goal = baseline.goal?.adjustedGoal ?? null;
  const highGoal = goal !== null && goal > plan.highGoal.above;
  let quartersAboveBaseline = 0;
  return windows.map(({ window, counts }) => {
    const performance = share(counts.strengths, counts.applicable);
    const interval = wilsonInterval(counts.strengths, counts.applicable, z);
    const minimum = minimumCasesCheck(counts.applicable, baseline.applicable, plan.tolerance.applicableCases);
    const metro = distributionCheck(share(counts.metroCases, counts.cases), baselineMetroShare, plan.tolerance.distributionPoints, plan.tolerance.distributionMeasure, "metropolitan-area");
    const fosterCare = distributionCheck(share(counts.fosterCareCases, counts.cases), baselineFosterCareShare, plan.tolerance.distributionPoints, plan.tolerance.distributionMeasure, "case type");
    const checksPass = minimum.ok && metro.ok && fosterCare.ok;
    const aboveBaseline = performance === null || baseline.goal === null ? null : performance > baseline.goal.baseline;

    // A provisional window is shown, never used to judge; it also breaks no run of quarters.
    let metBy: MetBy | null = null;
    if (!window.provisional && goal !== null && performance !== null) {
      if (performance >= goal && checksPass) metBy = "goal";
      quartersAboveBaseline = aboveBaseline && checksPass ? quartersAboveBaseline + 1 : 0;
      if (metBy === null && highGoal && quartersAboveBaseline >= plan.highGoal.consecutiveQuarters) metBy = "highGoalRule";
    }

    const reasons: string[] = [];
    if (baseline.goal === null) reasons.push("no baseline case was applicable for this item, so there is no goal");
    if (counts.applicable === 0) reasons.push("no case reviewed in this window was applicable for this item");
    if (window.provisional) reasons.push("provisional: fewer than 12 months of findings after the baseline");
    if (counts.cases > 0 && counts.metroCases === 0) reasons.push("no metropolitan-area case was reviewed in this window");
    for (const check of [metro, fosterCare]) if (check.reason) reasons.push(check.reason);

    return {
      item: baseline.item,
      windowStart: window.start,
      windowEnd: window.end,
      provisional: window.provisional,
      cases: counts.cases,
      applicable: counts.applicable,
      strengths: counts.strengths,
      performance,
      low: interval?.low ?? null,
      high: interval?.high ?? null,
      metroShare: metro.share,
      fosterCareShare: fosterCare.share,
      baselineMetroShare,
      baselineFosterCareShare,
      metroShareDifference: metro.difference,
      fosterCareShareDifference: fosterCare.difference,
      minimumCases: minimum.minimum,
      minimumCasesOk: minimum.ok,
      distributionOk: metro.ok && fosterCare.ok,
      baseline: baseline.goal?.baseline ?? null,
      goal,
      aboveBaseline,
      goalMet: metBy !== null,
      metBy,
      reason: reasons.length > 0 ? reasons.join("; ") : null,
    };
  });
}

export type ItemStatus = "met" | "on track" | "not met";

/**
 * An item is met once any window met its goal. Otherwise it is on track when its latest
 * window that can be judged performs above the baseline, and not met when it does not.
 */
export function itemStatus(progress: WindowProgress[]): { status: ItemStatus; firstMet: WindowProgress | null; latest: WindowProgress | null } {
  const firstMet = progress.find((p) => p.goalMet) ?? null;
  const judged = progress.filter((p) => !p.provisional && p.performance !== null);
  const latest = judged.at(-1) ?? progress.at(-1) ?? null;
  if (firstMet) return { status: "met", firstMet, latest };
  return { status: latest?.aboveBaseline ? "on track" : "not met", firstMet: null, latest };
}
