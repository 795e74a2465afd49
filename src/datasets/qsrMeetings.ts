// The QSR meeting datasets: systemic themes by review and county-wide by system and fiscal
// year; the Sum-Up's next steps beside what the indicator each aimed at did by the office's
// next review (Newcombe's interval, as qsr-changes); each office's share of steps done; and
// the county's targets, with each office's latest review at or above a target only when its
// whole interval is (an office of 12 cases is "cannot tell" more often than not).
import { computedOnce } from "./computedOnce.ts";
import type { DuckDBConnection } from "@duckdb/node-api";
import { fiscalYearOf } from "../calendar/fiscalYear.ts";
import { addDays } from "../calendar/isoDate.ts";
import { qsrIndicator as catalogIndicator } from "../catalog/qsrIndicators.ts";
import { slug } from "../format/slug.ts";
import { QSR_THEME_CATEGORY_LABELS } from "../schemas/qsrMeeting.ts";
import { settings } from "../settings.ts";
import { queryRows } from "../warehouse/connection.ts";
import type { Dataset } from "./dataset.ts";
import { proportion } from "./proportion.ts";
import { computeQsrChanges } from "./qsrChanges.ts";
import { computeQsrShares, latestReviewRows } from "./qsrShares.ts";

const categoryLabel = (category: string) => QSR_THEME_CATEGORY_LABELS[category as keyof typeof QSR_THEME_CATEGORY_LABELS] ?? category;

/** Computed once per read-only connection: several outputs start from it (computedOnce.ts). */
export const computeQsrThemes = computedOnce(queryQsrThemes);

async function queryQsrThemes(connection: DuckDBConnection) {
  const { fiscalYearStartMonth } = settings();
  const rows = await queryRows<{ review_id: string; office: string; review_date: string; category: string; theme: string; cases: number; review_cases: number }>(
    connection,
    `SELECT t.review_id, r.office, r.review_date::VARCHAR AS review_date, t.category, t.theme, t.cases,
            (SELECT count(*) FROM qsr_case c WHERE c.review_id = t.review_id)::INTEGER AS review_cases
     FROM qsr_theme t JOIN qsr_review r USING (review_id)
     ORDER BY r.review_date, r.office, t.cases DESC, t.theme`,
  );
  return rows.map((r) => ({
    reviewId: r.review_id,
    office: r.office,
    officeSlug: slug(r.office),
    reviewDate: r.review_date,
    fiscalYear: fiscalYearOf(r.review_date, fiscalYearStartMonth).label,
    category: r.category,
    categoryLabel: categoryLabel(r.category),
    theme: r.theme,
    cases: r.cases,
    reviewCases: r.review_cases,
  }));
}

/** County-wide: for each fiscal year and system, the themes found and how many reviews found one. */
export async function computeQsrThemeCategories(connection: DuckDBConnection) {
  const themes = await computeQsrThemes(connection);
  const { fiscalYearStartMonth } = settings();
  const reviewsByYear = new Map<string, number>();
  for (const r of await queryRows<{ review_date: string }>(connection, "SELECT review_date::VARCHAR AS review_date FROM qsr_review")) {
    const year = fiscalYearOf(r.review_date, fiscalYearStartMonth).label;
    reviewsByYear.set(year, (reviewsByYear.get(year) ?? 0) + 1);
  }
  const groups = new Map<string, { fiscalYear: string; category: string; themes: number; reviews: Set<string>; cases: number }>();
  for (const t of themes) {
    const key = `${t.fiscalYear}\u0000${t.category}`;
    const group = groups.get(key) ?? { fiscalYear: t.fiscalYear, category: t.category, themes: 0, reviews: new Set(), cases: 0 };
    group.themes += 1;
    group.reviews.add(t.reviewId);
    group.cases += t.cases;
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.fiscalYear.localeCompare(b.fiscalYear) || b.reviews.size - a.reviews.size || a.category.localeCompare(b.category))
    .map((g) => ({
      fiscalYear: g.fiscalYear,
      category: g.category,
      categoryLabel: categoryLabel(g.category),
      themes: g.themes,
      reviewsFinding: g.reviews.size,
      reviews: reviewsByYear.get(g.fiscalYear) ?? 0,
      cases: g.cases,
    }));
}

/**
 * Each step a Sum-Up agreed, with what its indicator did between that review and the office's
 * next. Computed once per read-only connection: several outputs start from it (computedOnce.ts).
 */
export const computeQsrNextSteps = computedOnce(queryQsrNextSteps);

async function queryQsrNextSteps(connection: DuckDBConnection) {
  const steps = await queryRows<{ review_id: string; office: string; review_date: string; step: string; indicator: string; due_date: string; status: string | null }>(
    connection,
    `SELECT s.review_id, r.office, r.review_date::VARCHAR AS review_date, s.step, s.indicator, s.due_date::VARCHAR AS due_date, s.status
     FROM qsr_next_step s JOIN qsr_review r USING (review_id)
     ORDER BY r.review_date, r.office, s.indicator`,
  );
  const changes = new Map((await computeQsrChanges(connection)).map((c) => [`${c.fromReviewId}\u0000${c.indicator}`, c]));
  return steps.map((s) => {
    const change = changes.get(`${s.review_id}\u0000${s.indicator}`);
    return {
      reviewId: s.review_id,
      office: s.office,
      officeSlug: slug(s.office),
      reviewDate: s.review_date,
      step: s.step,
      indicator: s.indicator,
      indicatorLabel: catalogIndicator(s.indicator)?.label ?? s.indicator,
      dueDate: s.due_date,
      status: s.status,
      nextReviewId: change?.toReviewId ?? null,
      nextReviewDate: change?.toReviewDate ?? null,
      fromShare: change?.fromShare ?? null,
      fromRated: change?.fromRated ?? null,
      toShare: change?.toShare ?? null,
      toRated: change?.toRated ?? null,
      difference: change?.difference ?? null,
      low: change?.low ?? null,
      high: change?.high ?? null,
      changed: change?.changed ?? false,
      direction: change?.direction ?? null,
      reason: change ? (change.reason ?? null) : "the office has had no review since this Sum-Up",
    };
  });
}

/** Per office: the steps followed up at a next review, and the share of them done, with its interval. */
export async function computeQsrNextStepOffices(connection: DuckDBConnection) {
  const { confidence } = settings();
  const byOffice = new Map<string, { agreed: number; followedUp: number; done: number }>();
  for (const s of await computeQsrNextSteps(connection)) {
    const counts = byOffice.get(s.office) ?? { agreed: 0, followedUp: 0, done: 0 };
    counts.agreed += 1;
    if (s.status !== null) counts.followedUp += 1;
    if (s.status === "done") counts.done += 1;
    byOffice.set(s.office, counts);
  }
  return [...byOffice].sort(([a], [b]) => a.localeCompare(b)).map(([office, c]) => {
    return {
      office,
      officeSlug: slug(office),
      agreed: c.agreed,
      followedUp: c.followedUp,
      done: c.done,
      ...proportion(c.done, c.followedUp, confidence, "no step has been followed up at a next review yet"),
    };
  });
}

export interface QsrTarget {
  indicator: string;
  indicatorLabel: string;
  shareAcceptable: number;
  fromDate: string;
  /** The day before the next target of the indicator starts; null while it applies. */
  toDate: string | null;
}

/** Computed once per read-only connection: several outputs start from it (computedOnce.ts). */
export const computeQsrTargets = computedOnce(queryQsrTargets);

async function queryQsrTargets(connection: DuckDBConnection): Promise<QsrTarget[]> {
  const rows = await queryRows<{ indicator: string; share: number; from_date: string }>(
    connection,
    "SELECT indicator, share_acceptable AS share, from_date::VARCHAR AS from_date FROM qsr_target ORDER BY indicator, from_date",
  );
  return rows.map((r, i) => {
    const next = rows[i + 1]?.indicator === r.indicator ? rows[i + 1] : null;
    return { indicator: r.indicator, indicatorLabel: catalogIndicator(r.indicator)?.label ?? r.indicator, shareAcceptable: r.share, fromDate: r.from_date, toDate: next ? addDays(next.from_date, -1) : null };
  });
}

/** The target of an indicator on a day, or null. */
export function targetOn(targets: readonly QsrTarget[], indicator: string, day: string): QsrTarget | null {
  return targets.find((t) => t.indicator === indicator && t.fromDate <= day && (t.toDate === null || day <= t.toDate)) ?? null;
}

/**
 * Where a share stands against its target: at or above only when the whole interval is, below
 * only when the whole interval is; otherwise the sample cannot tell.
 */
export function targetStatus(low: number | null, high: number | null, target: number): "at or above target" | "below target" | "cannot tell" | null {
  if (low === null || high === null) return null;
  if (low >= target) return "at or above target";
  if (high < target) return "below target";
  return "cannot tell";
}

/** Each office's latest review, indicator by indicator, against the target that applied on its date. */
export async function computeQsrTargetStatus(connection: DuckDBConnection) {
  const targets = await computeQsrTargets(connection);
  if (targets.length === 0) return [];
  return latestReviewRows(await computeQsrShares(connection)).flatMap((r) => {
    const target = targetOn(targets, r.indicator, r.reviewDate);
    if (!target) return [];
    return [{ office: r.office, officeSlug: slug(r.office), reviewId: r.reviewId, reviewDate: r.reviewDate, indicator: r.indicator, acceptable: r.acceptable, rated: r.rated, share: r.share, low: r.low, high: r.high, target: target.shareAcceptable, targetStatus: targetStatus(r.low, r.high, target.shareAcceptable) }];
  });
}

export const qsrThemesDataset: Dataset = {
  name: "qsr-themes",
  description: "Per QSR review: each systemic theme it found (courts, schools, mental health, placements, caseloads, ...) and how many of its cases raise it.",
  pages: ["qsr/grand-rounds", "qsr/office"],
  compute: computeQsrThemes,
};

export const qsrThemeCategories: Dataset = {
  name: "qsr-theme-categories",
  description: "County-wide per fiscal year and system: themes found, reviews that found one (of the year's reviews), cases raising them.",
  pages: ["qsr/grand-rounds", "qsr/county"],
  compute: computeQsrThemeCategories,
};

export const qsrNextSteps: Dataset = {
  name: "qsr-next-steps",
  description: "Per step agreed at a Sum-Up: the indicator it aimed at, its status at the office's next review, and the indicator's change between the two reviews with Newcombe's interval.",
  pages: ["qsr/grand-rounds", "qsr/office"],
  compute: computeQsrNextSteps,
};

export const qsrNextStepOffices: Dataset = {
  name: "qsr-next-step-offices",
  description: "Per office: Sum-Up steps agreed, followed up at a next review, done, and the share done with its Wilson interval.",
  pages: ["qsr/county"],
  compute: computeQsrNextStepOffices,
};

export const qsrTargetsDataset: Dataset = {
  name: "qsr-targets",
  description: "The county's targets: share acceptable per indicator and the dates each applies.",
  pages: ["qsr/county", "qsr/trends", "qsr/grand-rounds"],
  compute: async (connection) => (await computeQsrTargets(connection)).map((t) => ({ ...t })),
};

export const qsrTargetStatus: Dataset = {
  name: "qsr-target-status",
  description: "Each office's latest review on each indicator with a target: share, interval, target, and at or above / below / cannot tell (by the interval).",
  pages: ["qsr/county"],
  compute: computeQsrTargetStatus,
};
