// qsr-reviews: one row per office review, with what the Sum-Up presents first: its strengths
// (the indicators most often acceptable), its challenges (least often), and the practice
// indicators whose change since the office's previous review is real (interval excludes 0).
import type { DuckDBConnection } from "@duckdb/node-api";
import { fiscalYearOf } from "../calendar/fiscalYear.ts";
import { settings } from "../settings.ts";
import { slug } from "../format/slug.ts";
import type { Dataset } from "./dataset.ts";
import { changesBetweenReviews } from "./qsrChanges.ts";
import { computeQsrIndicators } from "./qsrIndicators.ts";

/** How many indicators a review's strengths and challenges each name. */
export const STRENGTHS_SHOWN = 3;

type IndicatorRow = Awaited<ReturnType<typeof computeQsrIndicators>>[number];

export function summariseReviews(rows: IndicatorRow[], confidence: number, fiscalYearStartMonth: number) {
  // Changes indexed by the review they lead to: looking them up per review by scanning every
  // change was quadratic (10,000 reviews x 190,000 changes at national scale).
  const changesInto = new Map<string, ReturnType<typeof changesBetweenReviews>>();
  for (const change of changesBetweenReviews(rows, confidence)) {
    const into = changesInto.get(change.toReviewId);
    if (into) into.push(change);
    else changesInto.set(change.toReviewId, [change]);
  }
  const reviews = new Map<string, IndicatorRow[]>();
  for (const row of rows) {
    const indicators = reviews.get(row.reviewId);
    if (indicators) indicators.push(row);
    else reviews.set(row.reviewId, [row]);
  }
  const summaries = [...reviews.values()].map((indicators) => {
    const first = indicators[0];
    // Overall ratings summarise the others; strengths and challenges name indicators. An
    // indicator no case was rated on has no share and is neither.
    const ranked = indicators.filter((r) => !r.overall && r.share !== null).sort((a, b) => b.share! - a.share! || b.rated - a.rated || a.indicator.localeCompare(b.indicator));
    const named = (r: IndicatorRow) => ({ indicator: r.indicator, indicatorLabel: r.indicatorLabel, share: r.share, acceptable: r.acceptable, rated: r.rated });
    const changes = changesInto.get(first.reviewId) ?? [];
    const realChanges = changes.filter((c) => c.domain === "practice" && c.changed);
    return {
      reviewId: first.reviewId,
      office: first.office,
      officeSlug: slug(first.office),
      reviewSlug: slug(first.reviewId),
      reviewDate: first.reviewDate,
      fiscalYear: fiscalYearOf(first.reviewDate, fiscalYearStartMonth).label,
      protocolVersion: first.protocolVersion,
      cases: first.cases,
      previousReviewId: changes[0]?.fromReviewId ?? null,
      strengths: ranked.slice(0, STRENGTHS_SHOWN).map(named),
      challenges: ranked.slice(-STRENGTHS_SHOWN).reverse().map(named),
      practiceChanges: realChanges.map((c) => ({ indicator: c.indicator, indicatorLabel: c.indicatorLabel, direction: c.direction, difference: c.difference, low: c.low, high: c.high })),
    };
  });
  return summaries.sort((a, b) => a.office.localeCompare(b.office) || a.reviewDate.localeCompare(b.reviewDate));
}

export async function computeQsrReviews(connection: DuckDBConnection) {
  const { confidence, fiscalYearStartMonth } = settings();
  return summariseReviews(await computeQsrIndicators(connection), confidence, fiscalYearStartMonth);
}

export const qsrReviews: Dataset = {
  name: "qsr-reviews",
  description: "Per QSR office review: date, cases, previous review, strengths and challenges (indicators most and least often acceptable), practice indicators whose change is real.",
  pages: ["qsr/office"],
  compute: computeQsrReviews,
};
