// Judging each measurement window of a PIP item: performance, the two tolerance checks, and
// whether the goal is met (seed 004). Pure functions over counts, so every rule is tested
// without a database.
import { wilsonInterval, zForConfidence } from "../stats/wilson.ts";
import type { PipPlan } from "../schemas/pipPlan.ts";
import type { PipGoal } from "./goal.ts";
import { distributionCheck, minimumCasesCheck } from "./tolerance.ts";
import { notJudgedBecause, type MeasurementWindow, type NotJudgedBecause } from "./windows.ts";

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
  /** The window counts toward the goal: 12 months of findings, inside the measurement period, data complete. */
  judged: boolean;
  notJudgedBecause: NotJudgedBecause | null;
  /** Why the window is not judged, in a sentence; null when it is. */
  notJudgedNote: string | null;
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
  /** The +/-5% check on the metropolitan-area share, and on the case-type share, each on its own. */
  metroShareOk: boolean;
  fosterCareShareOk: boolean;
  /** Both +/-5% checks pass. */
  distributionOk: boolean;
  baseline: number | null;
  goal: number | null;
  aboveBaseline: boolean | null;
  goalMet: boolean;
  metBy: MetBy | null;
  /** Deviations from the review schedule in the window's months (see scheduleDeviations.ts). */
  scheduleDeviations: number;
  reason: string | null;
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

export function judgeWindows(
  baseline: ItemBaseline,
  windows: { window: MeasurementWindow; counts: PeriodCounts }[],
  plan: PipPlan,
  confidence: number,
  dataCompleteThrough: string,
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

    // A window not judged is shown, never used to judge; it also breaks no run of quarters.
    const notJudged = notJudgedBecause(window, plan.nonOverlappingEnd, dataCompleteThrough);
    let metBy: MetBy | null = null;
    if (notJudged === null && goal !== null && performance !== null) {
      if (performance >= goal && checksPass) metBy = "goal";
      quartersAboveBaseline = aboveBaseline && checksPass ? quartersAboveBaseline + 1 : 0;
      if (metBy === null && highGoal && quartersAboveBaseline >= plan.highGoal.consecutiveQuarters) metBy = "highGoalRule";
    }

    const reasons: string[] = [];
    if (baseline.goal === null) reasons.push("no baseline case was applicable for this item, so there is no goal");
    if (counts.applicable === 0) reasons.push("no case reviewed in this window was applicable for this item");
    const notJudgedNote =
      notJudged === "provisional" ? "provisional: fewer than 12 months of findings after the baseline"
      : notJudged === "after the measurement period" ? `after the measurement period, which ended ${plan.nonOverlappingEnd}: shown, not judged`
      : notJudged === "incomplete" ? `incomplete: it ends after ${dataCompleteThrough}, the last quarter whose reviews are all in and finalized`
      : null;
    if (counts.cases > 0 && counts.metroCases === 0) reasons.push("no metropolitan-area case was reviewed in this window");
    for (const check of [metro, fosterCare]) if (check.reason) reasons.push(check.reason);

    return {
      item: baseline.item,
      windowStart: window.start,
      windowEnd: window.end,
      provisional: window.provisional,
      judged: notJudged === null,
      notJudgedBecause: notJudged,
      notJudgedNote,
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
      metroShareOk: metro.ok,
      fosterCareShareOk: fosterCare.ok,
      distributionOk: metro.ok && fosterCare.ok,
      baseline: baseline.goal?.baseline ?? null,
      goal,
      aboveBaseline,
      goalMet: metBy !== null,
      metBy,
      scheduleDeviations: 0,
      reason: reasons.length > 0 ? reasons.join("; ") : null,
    };
  });
}

export type ItemStatus = "met" | "on track" | "not met" | "not yet measured";

/**
 * An item is met once a judged window met its goal. Otherwise it is on track when its latest
 * judged window performs above the baseline, and not met when it does not. Before its first
 * judged window it is not yet measured: a provisional or incomplete window says nothing yet.
 * Once the measurement period is over and complete (`final`), an item not met is not met,
 * whatever its last window did: there is no later window to be on track for.
 */
export function itemStatus(progress: WindowProgress[], final = false): { status: ItemStatus; firstMet: WindowProgress | null; latest: WindowProgress | null } {
  const judged = progress.filter((p) => p.judged && p.performance !== null);
  const firstMet = judged.find((p) => p.goalMet) ?? null;
  const latest = judged.at(-1) ?? null;
  if (firstMet) return { status: "met", firstMet, latest };
  if (!latest) return { status: "not yet measured", firstMet: null, latest: null };
  return { status: latest.aboveBaseline && !final ? "on track" : "not met", firstMet: null, latest };
}
