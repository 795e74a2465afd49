// qsr-changes (contract.md): for each office, indicator and pair of consecutive reviews of
// that office, the change in share acceptable with Newcombe's hybrid score interval. A change
// is `changed` only when the interval excludes zero (domain.md section 1).
import type { DuckDBConnection } from "@duckdb/node-api";
import { settings } from "../settings.ts";
import { newcombeDifference } from "../stats/newcombe.ts";
import { zForConfidence } from "../stats/wilson.ts";
import type { Dataset } from "./dataset.ts";
import { computeQsrIndicators } from "./qsrIndicators.ts";

type IndicatorRow = Awaited<ReturnType<typeof computeQsrIndicators>>[number];

export function changesBetweenReviews(rows: IndicatorRow[], confidence: number) {
  const z = zForConfidence(confidence);
  const byOfficeIndicator = new Map<string, IndicatorRow[]>();
  for (const row of rows) {
    const key = `${row.office}\u0000${row.indicator}`;
    const series = byOfficeIndicator.get(key);
    if (series) series.push(row);
    else byOfficeIndicator.set(key, [row]);
  }
  const changes = [];
  for (const series of byOfficeIndicator.values()) {
    // ISO dates order as text does; comparing them directly rather than by localeCompare (a
    // collation, about 20 times slower) was a third of this function's time at national scale.
    series.sort((a, b) => (a.reviewDate < b.reviewDate ? -1 : a.reviewDate > b.reviewDate ? 1 : a.reviewId.localeCompare(b.reviewId)));
    for (let i = 1; i < series.length; i++) {
      const [from, to] = [series[i - 1], series[i]];
      const d = newcombeDifference(from.acceptable, from.rated, to.acceptable, to.rated, z);
      changes.push({
        office: to.office,
        indicator: to.indicator,
        indicatorLabel: to.indicatorLabel,
        domain: to.domain,
        fromReviewId: from.reviewId,
        fromReviewDate: from.reviewDate,
        toReviewId: to.reviewId,
        toReviewDate: to.reviewDate,
        fromShare: from.share,
        fromRated: from.rated,
        toShare: to.share,
        toRated: to.rated,
        difference: d?.difference ?? null,
        low: d?.low ?? null,
        high: d?.high ?? null,
        changed: d?.excludesZero ?? false,
        direction: d === null || !d.excludesZero ? null : d.difference > 0 ? "better" : "worse",
        ...(d === null ? { reason: "one of the two reviews rated no case on this indicator" } : {}),
      });
    }
  }
  return changes;
}

export async function computeQsrChanges(connection: DuckDBConnection) {
  return changesBetweenReviews(await computeQsrIndicators(connection), settings().confidence);
}

export const qsrChanges: Dataset = {
  name: "qsr-changes",
  description: "Per office, indicator and pair of consecutive reviews: change in share acceptable with Newcombe's hybrid score interval; changed only when it excludes 0.",
  pages: ["qsr/office"],
  compute: computeQsrChanges,
};
