// Three questions for the room at Grand Rounds, written from a review's own results (seed 000:
// results are "presented and utilized to identify and discuss systemic strengths and
// challenges"). Each starts from a number the deck shows, with its n, and asks what the cases
// say about it: the weakest practice indicator; the one real change since the last review,
// or else a real difference from the rest of the county; the theme most cases raised, or
// else the steps of the last Sum-Up that were not done. In public mode (`withCounts: false`)
// the questions name what they are about without a count or a share, which a masked table
// beside them would otherwise give back.

export interface DiscussionInput {
  cases: number;
  /** The review's indicators: share acceptable of those rated. */
  indicators: { indicator: string; indicatorLabel: string; domain: string; overall: boolean; acceptable: number; rated: number; share: number | null }[];
  /** Changes since the office's previous review (qsr-changes rows into this review). */
  changes: { indicatorLabel: string; fromShare: number | null; toShare: number | null; changed: boolean; difference: number | null; fromReviewDate: string }[];
  /** The review against the rest of the county (qsr-office-vs-county rows). */
  versusCounty: { indicator: string; officeShare: number | null; restShare: number | null; differs: boolean; difference: number | null }[];
  themes: { theme: string; categoryLabel: string; cases: number }[];
  /** Steps agreed at the previous Sum-Up, as followed up at this review. */
  previousSteps: { step: string; status: string | null }[];
}

const pct = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)}%`);

export function discussionQuestions(input: DiscussionInput, { withCounts = true } = {}): string[] {
  const questions: string[] = [];
  if (!withCounts) return numberFreeQuestions(input);
  const practice = input.indicators.filter((i) => i.domain === "practice" && !i.overall && i.share !== null && i.rated > 0);
  const weakest = practice.sort((a, b) => a.share! - b.share! || b.rated - a.rated)[0];
  if (weakest) {
    questions.push(
      `${weakest.indicatorLabel} was acceptable in ${weakest.acceptable} of ${weakest.rated} cases (${pct(weakest.share)}), the lowest practice rating. What did the reviewers see in the ${weakest.rated - weakest.acceptable} cases where it fell short, and what would change it?`,
    );
  }
  const change = input.changes.filter((c) => c.changed && c.difference !== null).sort((a, b) => Math.abs(b.difference!) - Math.abs(a.difference!))[0];
  const labels = new Map(input.indicators.map((i) => [i.indicator, i.indicatorLabel]));
  const apart = input.versusCounty.filter((v) => v.differs && v.difference !== null).sort((a, b) => Math.abs(b.difference!) - Math.abs(a.difference!))[0];
  if (change) {
    const way = change.difference! > 0 ? "rose" : "fell";
    questions.push(`${change.indicatorLabel} ${way} from ${pct(change.fromShare)} to ${pct(change.toShare)} since the review of ${change.fromReviewDate}, more than chance explains. What changed in the office's practice?`);
  } else if (apart) {
    const side = apart.difference! > 0 ? "above" : "below";
    questions.push(`${labels.get(apart.indicator) ?? apart.indicator} was ${pct(apart.officeShare)} acceptable, ${side} the rest of the county's ${pct(apart.restShare)} by more than chance explains. What does this office do differently?`);
  } else {
    questions.push("No rating changed since the last review, or differs from the rest of the county, by more than chance explains. Which result surprised the reviewers most, and why?");
  }
  const theme = [...input.themes].sort((a, b) => b.cases - a.cases || a.theme.localeCompare(b.theme))[0];
  const notDone = input.previousSteps.filter((s) => s.status !== null && s.status !== "done");
  if (theme) {
    questions.push(`"${theme.theme}" came up in ${theme.cases} of ${input.cases} cases (${theme.categoryLabel.toLowerCase()}). Who outside the office has to be at the table to act on it?`);
  } else if (notDone.length > 0) {
    questions.push(`${notDone.length} of the ${input.previousSteps.length} steps agreed at the last Sum-Up were not done. What stood in the way?`);
  }
  return questions;
}

function numberFreeQuestions(input: DiscussionInput): string[] {
  const practice = input.indicators.filter((i) => i.domain === "practice" && !i.overall && i.share !== null && i.rated > 0);
  const weakest = practice.sort((a, b) => a.share! - b.share! || b.rated - a.rated)[0];
  const change = input.changes.filter((c) => c.changed && c.difference !== null).sort((a, b) => Math.abs(b.difference!) - Math.abs(a.difference!))[0];
  const theme = [...input.themes].sort((a, b) => b.cases - a.cases || a.theme.localeCompare(b.theme))[0];
  return [
    weakest ? `${weakest.indicatorLabel} was the lowest practice rating. What did the reviewers see in the cases where it fell short?` : null,
    change ? `${change.indicatorLabel} ${change.difference! > 0 ? "rose" : "fell"} since the last review by more than chance explains. What changed?` : "Which result surprised the reviewers most, and why?",
    theme ? `"${theme.theme}" came up in more of the cases than any other theme. Who outside the office has to be at the table to act on it?` : null,
  ].filter((q): q is string => q !== null);
}
