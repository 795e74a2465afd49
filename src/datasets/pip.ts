// The PIP datasets of contract.md: pip-baseline (one row per measured item), pip-progress
// (one row per item and quarter-end window), and pip-items (each item's status and what the
// next quarter would take). When no plan is loaded each is empty, and site-info says why.
import { analysePip } from "../pip/analysePip.ts";
import { settings } from "../settings.ts";
import type { Dataset } from "./dataset.ts";

export const pipBaseline: Dataset = {
  name: "pip-baseline",
  description: "Per PIP item: baseline applicable cases and Strengths, baseline, sampling error, goal, adjusted goal, overlap months.",
  pages: ["cfsr/pip-update"],
  compute: async (connection) => (await analysePip(connection)).baselines as unknown as Record<string, unknown>[],
};

export const pipProgress: Dataset = {
  name: "pip-progress",
  description: "Per PIP item and quarter end: the rolling 12-month window's performance, both tolerance checks, provisional flag, goal met.",
  pages: ["cfsr/pip-update"],
  compute: async (connection) => (await analysePip(connection)).progress as unknown as Record<string, unknown>[],
};

export const pipItems: Dataset = {
  name: "pip-items",
  description: "Per PIP item: met / on track / not met, when and how it was met, and the Strengths next quarter's reviews need.",
  pages: ["cfsr/pip-update"],
  compute: async (connection) => (await analysePip(connection)).items as unknown as Record<string, unknown>[],
};

export const pipScheduleDeviations: Dataset = {
  name: "pip-schedule-deviations",
  description: "Each month, region and case type where the OSRI reviews loaded differ from the review schedule (missed, unscheduled, fewer or more cases), with the windows it touches.",
  pages: ["cfsr/pip-update"],
  compute: async (connection) => (await analysePip(connection)).deviations as unknown as Record<string, unknown>[],
};

export const pipPlan: Dataset = {
  name: "pip-plan",
  description: "The PIP plan as measured: its periods, the day data is complete through (and where that came from), whether the statuses are final, Z, the tolerances and the high-goal rule.",
  pages: ["cfsr/pip-update"],
  compute: async (connection) => {
    const { plan, dataCompleteThrough } = await analysePip(connection);
    if (!plan || !dataCompleteThrough) return [];
    return [
      {
        baselineStart: plan.baseline.start,
        baselineEnd: plan.baseline.end,
        implementationStart: plan.implementation.start,
        implementationEnd: plan.implementation.end,
        nonOverlappingEnd: plan.nonOverlappingEnd,
        dataCompleteThrough,
        dataCompleteThroughFrom: plan.dataCompleteThrough ? "plan" : "CRD_AS_OF",
        asOf: settings().asOf,
        // Every window of the measurement period is complete and judged: statuses are final.
        final: dataCompleteThrough >= plan.nonOverlappingEnd,
        items: plan.items,
        z: plan.z,
        applicableCasesTolerance: plan.tolerance.applicableCases,
        distributionTolerance: plan.tolerance.distributionPoints,
        distributionMeasure: plan.tolerance.distributionMeasure,
        highGoalAbove: plan.highGoal.above,
        highGoalConsecutiveQuarters: plan.highGoal.consecutiveQuarters,
      },
    ];
  },
};
