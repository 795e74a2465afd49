// The whole PIP measurement for the loaded plan and OSRI cases: per measured item the
// baseline and goals, every measurement window judged, the item's status, and what the next
// quarter's reviews would take. The pip-* datasets are views of this.
import type { DuckDBConnection } from "@duckdb/node-api";
import { addDays, nextQuarterEnd, parseIsoDate } from "../calendar/isoDate.ts";
import { FINALIZE_WITHIN_DAYS } from "../catalog/reviewConcerns.ts";
import { stepStanding } from "../datasets/reviewOperations.ts";
import { osriItem } from "../catalog/osriItems.ts";
import type { PipPlan } from "../schemas/pipPlan.ts";
import { settings } from "../settings.ts";
import { queryRows } from "../warehouse/connection.ts";
import { derivedOverlapMonths, pipGoal } from "./goal.ts";
import { baselineSample, countsByPeriod, itemCounts, latestOsriReview, loadPipPlan, scheduledRegions, type Period } from "./pipData.ts";
import { itemStatus, judgeWindows, type ItemBaseline, type ItemStatus, type WindowProgress } from "./progress.ts";
import { reviewMonthSchedule } from "./reviewSchedule.ts";
import { reviewedByMonth, scheduleDeviations, type ScheduleDeviation } from "./scheduleDeviations.ts";
import { whatItTakes } from "./whatItTakes.ts";
import { defaultDataCompleteThrough, measurementWindow, measurementWindows } from "./windows.ts";

export interface PipBaselineRow {
  item: number;
  itemLabel: string;
  applicable: number;
  strengths: number;
  baseline: number | null;
  samplingError: number | null;
  goal: number | null;
  adjustedGoal: number | null;
  overlapMonths: number;
  overlapMonthsDerived: boolean;
  z: number;
  baselineStart: string;
  baselineEnd: string;
  cases: number;
  /** Cases reviewed in the baseline period; `cases` are those forming the baseline. */
  casesReviewed: number;
  /** True when the baseline is the cases marked baseline_sample = yes; false: every case reviewed. */
  baselineSampleMarked: boolean;
  metroShare: number | null;
  fosterCareShare: number | null;
  monthsWithReviews: number;
  reason: string | null;
  /** What the reader should know about how the baseline was formed, or null. */
  note: string | null;
}

export interface PipItemRow {
  item: number;
  itemLabel: string;
  status: ItemStatus;
  baseline: number | null;
  adjustedGoal: number | null;
  highGoal: boolean;
  firstMetWindowEnd: string | null;
  metBy: string | null;
  latestWindowEnd: string | null;
  latestPerformance: number | null;
  latestApplicable: number | null;
  nextWindowEnd: string | null;
  expectedApplicable: number | null;
  strengthsNeeded: number | null;
  reachable: boolean | null;
  whatItTakes: string | null;
}

export interface PipAnalysis {
  plan: PipPlan | null;
  /** Windows ending after this day are not judged (the plan's, or the default from CRD_AS_OF). */
  dataCompleteThrough: string | null;
  reason: string | null;
  baselines: PipBaselineRow[];
  progress: WindowProgress[];
  items: PipItemRow[];
  /** Where the reviews loaded differ from the review schedule, month by month. */
  deviations: ScheduleDeviation[];
}

// Four datasets are views of one analysis; the build computes them all on one read-only
// connection, so each connection analyses once.
const analysed = new WeakMap<DuckDBConnection, Promise<PipAnalysis>>();

export function analysePip(connection: DuckDBConnection): Promise<PipAnalysis> {
  if (!analysed.has(connection)) analysed.set(connection, analyse(connection));
  return analysed.get(connection)!;
}

async function analyse(connection: DuckDBConnection): Promise<PipAnalysis> {
  const plan = await loadPipPlan(connection);
  if (!plan) return { plan, dataCompleteThrough: null, reason: "no pip-plan.json was loaded, so there is no PIP to measure", baselines: [], progress: [], items: [], deviations: [] };
  const { confidence, asOf } = settings();
  const dataCompleteThrough = plan.dataCompleteThrough ?? defaultDataCompleteThrough(asOf);
  const overlapMonths = plan.overlapMonths ?? derivedOverlapMonths(plan.baseline, plan.implementation, plan.adjustment.fullAtMonths);
  const latest = await latestOsriReview(connection);
  const windows = measurementWindows(plan.baseline.end, latest);
  const lastWindow = windows.at(-1) ?? null;
  const next = lastWindow ? measurementWindow(nextQuarterEnd(lastWindow.end), plan.baseline.end) : null;
  // Seed 004: of the 25 cases reviewed in each region, 8 in-home and 12 foster care "will be
  // randomly selected ... to establish the baseline". When the file marks them, only they count.
  const sample = await baselineSample(connection, plan.baseline);
  const baselineSampleMarked = sample.marked > 0;
  const periods: Period[] = [
    { key: "baseline", ...plan.baseline, baselineSampleOnly: baselineSampleMarked },
    ...windows.map((w) => ({ key: w.end, start: w.start, end: w.end })),
  ];
  if (next && lastWindow && next.start <= lastWindow.end) periods.push({ key: "staying", start: next.start, end: lastWindow.end });
  const counts = await countsByPeriod(connection, periods, plan.items);
  const monthsWithReviews = await reviewMonths(connection, plan.baseline.start, plan.baseline.end);
  const expectedCases = next ? await scheduledCases(connection, next.end, plan) : null;
  const deviations = latest ? scheduleDeviations(await reviewedByMonth(connection), await scheduledRegions(connection), plan.baseline, latest, windows) : [];
  const deviationsIn = (windowEnd: string) => deviations.filter((d) => d.windows.includes(windowEnd)).length;
  // Whether the reviews behind each window were finalized on time (seed 004: within 60 days).
  const qa = await queryRows<{ review_date: string; finalized: string | null }>(connection, "SELECT review_date::VARCHAR AS review_date, finalized::VARCHAR AS finalized FROM review_qa");
  const finalizedIn = (w: { start: string; end: string }) => {
    const standing = qa.filter((q) => q.review_date >= w.start && q.review_date <= w.end).map((q) => stepStanding(q.finalized, addDays(q.review_date, FINALIZE_WITHIN_DAYS), asOf));
    const [onTime, due] = [standing.filter((s) => s === "on time").length, standing.filter((s) => s !== "pending").length];
    return { windowFinalizedOnTime: onTime, windowFinalizeDue: due, windowFinalizedShare: due > 0 ? onTime / due : null };
  };

  const baselines: PipBaselineRow[] = [];
  const progress: WindowProgress[] = [];
  const items: PipItemRow[] = [];
  for (const item of [...plan.items].sort((a, b) => a - b)) {
    const baselineCounts = itemCounts(counts.get("baseline"), item);
    const goal = pipGoal(baselineCounts.applicable, baselineCounts.strengths, { z: plan.z, overlapMonths, adjustment: plan.adjustment });
    const reasons: string[] = [];
    if (!goal) reasons.push("no case reviewed in the baseline period was applicable for this item, so there is no baseline or goal");
    if (monthsWithReviews < 12) reasons.push(`the baseline period has reviews in only ${monthsWithReviews} of the 12 months it should cover`);
    baselines.push({
      item,
      itemLabel: osriItem(item).label,
      applicable: baselineCounts.applicable,
      strengths: baselineCounts.strengths,
      baseline: goal?.baseline ?? null,
      samplingError: goal?.samplingError ?? null,
      goal: goal?.goal ?? null,
      adjustedGoal: goal?.adjustedGoal ?? null,
      overlapMonths,
      overlapMonthsDerived: plan.overlapMonths === null,
      z: plan.z,
      baselineStart: plan.baseline.start,
      baselineEnd: plan.baseline.end,
      cases: baselineCounts.cases,
      casesReviewed: sample.reviewed,
      baselineSampleMarked,
      metroShare: baselineCounts.cases > 0 ? baselineCounts.metroCases / baselineCounts.cases : null,
      fosterCareShare: baselineCounts.cases > 0 ? baselineCounts.fosterCareCases / baselineCounts.cases : null,
      monthsWithReviews,
      reason: reasons.length > 0 ? reasons.join("; ") : null,
      note: baselineSampleMarked
        ? `the baseline is the ${baselineCounts.cases} cases marked as the baseline sample, of the ${sample.reviewed} reviewed in the baseline period`
        : sample.reviewed > 0
          ? `no case of the baseline period is marked baseline_sample = yes, so all ${sample.reviewed} cases reviewed in it form the baseline (seed 004 forms it from 8 in-home and 12 foster care cases randomly selected of each region's 25)`
          : null,
    });
    const itemBaseline: ItemBaseline = { item, ...baselineCounts, goal, overlapMonths };
    const judged = judgeWindows(itemBaseline, windows.map((w) => ({ window: w, counts: itemCounts(counts.get(w.end), item) })), plan, confidence, dataCompleteThrough);
    progress.push(...judged.map((row) => ({ ...row, scheduleDeviations: deviationsIn(row.windowEnd), ...finalizedIn({ start: row.windowStart, end: row.windowEnd }) })));
    // Every window of the measurement period is in and judged: the statuses are final.
    const final = dataCompleteThrough >= plan.nonOverlappingEnd;
    const { status, firstMet, latest: latestJudged } = itemStatus(judged, final);

    let take: ReturnType<typeof whatItTakes> | null = null;
    let expectedApplicable: number | null = null;
    // No window after the non-overlapping period counts, so nothing is asked of later reviews.
    const measurementOver = next !== null && next.end > plan.nonOverlappingEnd;
    if (status !== "met" && !measurementOver && goal && next && lastWindow && expectedCases) {
      const rates = counts.get(lastWindow.end)?.items.get(item);
      const totals = counts.get(lastWindow.end)!;
      const inHomeCases = totals.cases - totals.fosterCareCases;
      // Expected applicable: next quarter's scheduled cases of each type, times how often the item applied to that type lately.
      expectedApplicable =
        (totals.fosterCareCases > 0 ? (expectedCases.fosterCare * (rates?.applicableFosterCare ?? 0)) / totals.fosterCareCases : 0) +
        (inHomeCases > 0 ? (expectedCases.inHome * (rates?.applicableInHome ?? 0)) / inHomeCases : 0);
      const staying = itemCounts(counts.get("staying"), item);
      take = whatItTakes({
        goal: goal.adjustedGoal,
        stayingApplicable: staying.applicable,
        stayingStrengths: staying.strengths,
        expectedApplicable,
        minimumCases: (1 - plan.tolerance.applicableCases) * baselineCounts.applicable,
      });
    }
    items.push({
      item,
      itemLabel: osriItem(item).label,
      status,
      baseline: goal?.baseline ?? null,
      adjustedGoal: goal?.adjustedGoal ?? null,
      highGoal: goal !== null && goal.adjustedGoal > plan.highGoal.above,
      firstMetWindowEnd: firstMet?.windowEnd ?? null,
      metBy: firstMet?.metBy ?? null,
      latestWindowEnd: latestJudged?.windowEnd ?? null,
      latestPerformance: latestJudged?.performance ?? null,
      latestApplicable: latestJudged?.applicable ?? null,
      nextWindowEnd: status === "met" || measurementOver ? null : next?.end ?? null,
      expectedApplicable: expectedApplicable === null ? null : Math.round(expectedApplicable),
      strengthsNeeded: take?.strengthsNeeded ?? null,
      reachable: take?.reachable ?? null,
      whatItTakes:
        status === "met" ? "goal met"
        : measurementOver ? `the measurement period ended ${plan.nonOverlappingEnd}: no later window counts`
        : take?.reason ?? (goal ? "no review data after the baseline yet" : "no goal: no applicable baseline case"),
    });
  }
  return { plan, dataCompleteThrough, reason: null, baselines, progress, items, deviations };
}

async function reviewMonths(connection: DuckDBConnection, start: string, end: string): Promise<number> {
  const [row] = await queryRows<{ months: number }>(
    connection,
    `SELECT count(DISTINCT date_trunc('month', review_date))::INTEGER AS months FROM osri_case
     -- the baseline period only
     WHERE review_date BETWEEN DATE '${start}' AND DATE '${end}'`,
  );
  return row?.months ?? 0;
}

/** Cases of each type the schedule puts in the quarter ending on `quarterEnd`. */
async function scheduledCases(connection: DuckDBConnection, quarterEnd: string, plan: PipPlan) {
  const schedule = await scheduledRegions(connection);
  const { year, month } = parseIsoDate(quarterEnd)!;
  let inHome = 0;
  let fosterCare = 0;
  for (const m of [month - 2, month - 1, month]) {
    const s = reviewMonthSchedule(year, m, schedule, plan.baseline);
    inHome += s.inHomeCases;
    fosterCare += s.fosterCareCases;
  }
  return { inHome, fosterCare };
}
