// What an office page and its Grand Rounds deck load: the office's rows of qsr-indicators,
// qsr-changes, qsr-office-vs-county, qsr-reviews, qsr-themes and qsr-next-steps (exactly those
// datasets' rows, filtered), the county's targets, and each review's three discussion
// questions. (Not the county's own shares: no page showed them, and at national scale they
// were a quarter of every slice, 100 MB in all.) Every office's slice is computed in one pass and
// the build writes them all as files before Framework runs (scripts/prebuiltPageData.ts): a
// loader per office would start a process and recompute the county 1,000 times at national
// scale, and Framework reads a whole zip archive again for each file it extracts from it
// (386 MB, 1,000 times). The parameterized loader computes one office's slice for the preview
// server, where no file was written.
import { readFileSync } from "node:fs";
import type { DuckDBConnection } from "@duckdb/node-api";
import { settings } from "../settings.ts";
import { changesBetweenReviews } from "./qsrChanges.ts";
import { fromWarehouse } from "./readWarehouse.ts";
import { computeQsrIndicators } from "./qsrIndicators.ts";
import { computeQsrOffices } from "./qsrOffices.ts";
import { officeVersusCounty } from "./qsrOfficeVsCounty.ts";
import { summariseReviews } from "./qsrReviews.ts";
import { discussionQuestions } from "./qsrDiscussion.ts";
import { computeQsrNextSteps, computeQsrTargets, computeQsrThemes } from "./qsrMeetings.ts";
import { slug } from "../format/slug.ts";

/** Rows grouped by the slug of their office. */
function byOffice<T extends { office: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = slug(row.office);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

export async function officeSlices(connection: DuckDBConnection) {
  const { confidence, fiscalYearStartMonth, publicMode } = settings();
  const all = await computeQsrIndicators(connection);
  const reviews = byOffice(summariseReviews(all, confidence, fiscalYearStartMonth));
  const indicators = byOffice(all);
  const changes = byOffice(changesBetweenReviews(all, confidence));
  const versusCounty = byOffice(officeVersusCounty(all, confidence, fiscalYearStartMonth));
  const offices = new Map((await computeQsrOffices(connection)).map((o) => [o.slug, o]));
  const themes = byOffice(await computeQsrThemes(connection));
  const nextSteps = byOffice(await computeQsrNextSteps(connection));
  const targets = await computeQsrTargets(connection);
  const slices: Record<string, unknown> = {};
  for (const [officeSlug, officeReviews] of reviews) {
    const of = <T extends { reviewId?: string; toReviewId?: string }>(rows: T[] | undefined, id: string, key: "reviewId" | "toReviewId" = "reviewId") => (rows ?? []).filter((r) => r[key] === id);
    const questions = Object.fromEntries(
      officeReviews.map((review) => [
        review.reviewId,
        discussionQuestions({
          cases: review.cases,
          indicators: of(indicators.get(officeSlug), review.reviewId),
          changes: of(changes.get(officeSlug), review.reviewId, "toReviewId"),
          versusCounty: of(versusCounty.get(officeSlug), review.reviewId),
          themes: of(themes.get(officeSlug), review.reviewId),
          previousSteps: review.previousReviewId ? of(nextSteps.get(officeSlug), review.previousReviewId) : [],
        }, { withCounts: !publicMode }),
      ]),
    );
    slices[officeSlug] = {
      office: offices.get(officeSlug) ?? null,
      reviews: officeReviews,
      indicators: indicators.get(officeSlug) ?? [],
      changes: changes.get(officeSlug) ?? [],
      versusCounty: versusCounty.get(officeSlug) ?? [],
      themes: themes.get(officeSlug) ?? [],
      nextSteps: nextSteps.get(officeSlug) ?? [],
      targets,
      questions,
    };
  }
  return slices;
}

/** One office's slice (null when the office had no review). */
export async function officeSlice(officeSlug: string): Promise<unknown> {
  return (await fromWarehouse(officeSlices))[officeSlug] ?? null;
}

/** The office page's map of slice files, `["SLUG", FileAttachment("DIR/SLUG.json")],` per reviewed office. */
/**
 * A page that loads office slices (the office page, the Grand Rounds deck): its template with
 * the list of slice files written in, since Framework publishes only the files a page names.
 * `offices` is qsr-offices (masked in public mode); only reviewed offices have a slice.
 */
export function officePageText(template: string, offices: readonly { slug: string; lastReview: string | null }[], directory = "./offices/slices"): string {
  const files = offices
    // reviewed offices, told by the date: public mode masks a count of 1 to 10 reviews
    .filter((o) => o.lastReview !== null)
    .map((o) => `  [${JSON.stringify(o.slug)}, FileAttachment(${JSON.stringify(`${directory}/${o.slug}.json`)})],`)
    .join("\n");
  return template.replace("/* SLICE FILES */", files);
}

/** The page loaders' way: the template file beside them, offices from the warehouse. */
export async function printOfficePage(templateFile: URL): Promise<void> {
  const offices = await fromWarehouse(computeQsrOffices);
  process.stdout.write(officePageText(readFileSync(templateFile, "utf8"), offices));
}
