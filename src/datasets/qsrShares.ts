// qsr-shares: the share acceptable of every review and indicator with its n and interval,
// and nothing else: the county overview's grid and trends need only this, and it is a third
// of qsr-indicators' size.
import type { DuckDBConnection } from "@duckdb/node-api";
import { fiscalYearOf } from "../calendar/fiscalYear.ts";
import { settings } from "../settings.ts";
import type { Dataset } from "./dataset.ts";
import { computeQsrIndicators } from "./qsrIndicators.ts";

export async function computeQsrShares(connection: DuckDBConnection) {
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

export const qsrShares: Dataset = {
  name: "qsr-shares",
  description: "Per QSR review and indicator: share acceptable with n (rated) and Wilson interval, and the review's fiscal year.",
  pages: ["qsr/county"],
  compute: computeQsrShares,
};
