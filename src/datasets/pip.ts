// The PIP datasets of contract.md: pip-baseline (one row per measured item), pip-progress
// (one row per item and quarter-end window), and pip-items (each item's status and what the
// next quarter would take). When no plan is loaded each is empty, and site-info says why.
import { analysePip } from "../pip/analysePip.ts";
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
