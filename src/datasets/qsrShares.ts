// qsr-shares: the share acceptable of every review and indicator with its n and interval,
// and nothing else. The county overview loads two cuts of it rather than the whole (which
// grows with every review: 210,000 rows at national scale): each office's latest review
// (qsr-latest-shares) and the two overall indicators over the years (qsr-overall-trends).
import { computedOnce } from "./computedOnce.ts";
import type { DuckDBConnection } from "@duckdb/node-api";
import { fiscalYearOf } from "../calendar/fiscalYear.ts";
import { settings } from "../settings.ts";
import type { Dataset } from "./dataset.ts";
import { computeQsrIndicators } from "./qsrIndicators.ts";

/** Computed once per read-only connection: several outputs start from it (computedOnce.ts). */
export const computeQsrShares = computedOnce(queryQsrShares);

async function queryQsrShares(connection: DuckDBConnection) {
  const { fiscalYearStartMonth } = settings();
  return (await computeQsrIndicators(connection)).map((r) => ({
    reviewId: r.reviewId,
    office: r.office,
    reviewDate: r.reviewDate,
    fiscalYear: fiscalYearOf(r.reviewDate, fiscalYearStartMonth).label,
    indicator: r.indicator,
    acceptable: r.acceptable,
    rated: r.rated,
    share: r.share,
    low: r.low,
    high: r.high,
  }));
}

type ShareRow = Awaited<ReturnType<typeof computeQsrShares>>[number];

/** The rows of each office's latest review: the latest date, and of two on one date the greater id. */
export function latestReviewRows(rows: ShareRow[]): ShareRow[] {
  const latest = new Map<string, ShareRow>();
  for (const row of rows) {
    const held = latest.get(row.office);
    if (!held || row.reviewDate > held.reviewDate || (row.reviewDate === held.reviewDate && row.reviewId > held.reviewId)) latest.set(row.office, row);
  }
  const latestIds = new Set([...latest.values()].map((r) => r.reviewId));
  return rows.filter((r) => latestIds.has(r.reviewId));
}

/** The indicators a county follows office by office over the years: the two overall ratings. */
export const OVERALL_INDICATORS = ["practice_overall", "status_overall"] as const;

export const qsrShares: Dataset = {
  name: "qsr-shares",
  description: "Per QSR review and indicator: share acceptable with n (rated) and Wilson interval, and the review's fiscal year.",
  pages: ["qsr/county"],
  compute: computeQsrShares,
};

export const qsrLatestShares: Dataset = {
  name: "qsr-latest-shares",
  description: "The qsr-shares rows of each office's latest review: the county overview's grid.",
  pages: ["qsr/county"],
  compute: async (connection) => latestReviewRows(await computeQsrShares(connection)),
};

export const qsrOverallTrends: Dataset = {
  name: "qsr-overall-trends",
  description: "The qsr-shares rows of overall practice performance and overall child and family status, every review: office trends over the years.",
  pages: ["qsr/trends"],
  compute: async (connection) => (await computeQsrShares(connection)).filter((r) => (OVERALL_INDICATORS as readonly string[]).includes(r.indicator)),
};
