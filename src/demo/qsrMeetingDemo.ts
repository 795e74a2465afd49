// What the demo county's QSR meetings produced: the systemic themes each review found
// (seed 000: barriers "within DCFS, DMH, the courts, schools, and other entities"), the steps
// each Sum-Up agreed, aimed at the review's weakest practice indicators and followed up at the
// office's next review, and the county's targets (its implementation level). Drawn from a
// random stream of its own, from the reviews the QSR demo wrote.
import { addMonths } from "../calendar/isoDate.ts";
import { QSR_INDICATORS } from "../catalog/qsrIndicators.ts";
import { toCsv } from "../format/csv.ts";
import type { Random } from "./random.ts";

/** Themes of the kind a county's reviews keep finding, by system; never about a person. */
const THEMES: Record<string, string[]> = {
  courts: ["Court continuances delay permanency hearings", "Parents' attorneys change between hearings", "Court reports due before assessments are complete"],
  schools: ["School records arrive weeks after a placement move", "Children change schools with each placement", "Special education meetings held without the caseworker"],
  mental_health: ["Waiting lists for child therapy run past 60 days", "Few bilingual therapists for parents", "Wraparound referrals closed before services start"],
  placement_resources: ["Too few foster homes for sibling groups", "Teens placed far from their schools and families", "Emergency placements last beyond 30 days"],
  caseloads_staffing: ["Caseloads above 30 in the emergency response unit", "New workers carry cases before training ends", "Case transfers lose the family's history"],
  substance_use: ["Residential treatment beds for mothers with infants are scarce", "Drug test results reach workers late"],
  housing: ["Families wait months for housing vouchers", "Reunification held up by housing, not safety"],
  other: ["Transportation to visits depends on one contracted provider", "Interpreters hard to schedule for team meetings"],
};
/** How often a review finds a theme of each system: mental health and placements most. */
const THEME_WEIGHTS: [string, number][] = [["mental_health", 5], ["placement_resources", 4], ["caseloads_staffing", 4], ["courts", 3], ["schools", 3], ["substance_use", 2], ["housing", 2], ["other", 1]];

/** Steps an office management might agree at a Sum-Up, by the practice indicator they aim at. */
const STEPS: Record<string, string> = {
  practice_engagement: "Home visits within five days of every new case assignment",
  practice_voice_choice: "Parents and youth invited to write part of their own case plan",
  practice_teamwork: "Monthly child and family team meetings for every new case",
  practice_assessment: "Assessment updated after every placement change",
  practice_long_term_view: "A written permanency path at the six-month review",
  practice_planning: "Case plans reviewed with the family at each team meeting",
  practice_supports_services: "A service directory kept current by one unit lead",
  practice_intervention_adequacy: "Supervisors check service dosage in monthly case reviews",
  practice_tracking_adjustment: "Quarterly case plan check-ins with every family",
};
const STATUS_WEIGHTS: [string, number][] = [["done", 5], ["in_progress", 3], ["not_started", 1], ["dropped", 1]];

export const DEMO_QSR_TARGETS = [
  { indicator: "status_overall", share_acceptable: 0.8, from_date: "2021-07-01" },
  { indicator: "practice_overall", share_acceptable: 0.7, from_date: "2021-07-01" },
  { indicator: "practice_engagement", share_acceptable: 0.75, from_date: "2021-07-01" },
  { indicator: "practice_teamwork", share_acceptable: 0.6, from_date: "2021-07-01" },
  { indicator: "practice_assessment", share_acceptable: 0.65, from_date: "2021-07-01" },
  { indicator: "practice_planning", share_acceptable: 0.65, from_date: "2021-07-01" },
  // The exit criteria rose for practice overall two years on.
  { indicator: "practice_overall", share_acceptable: 0.75, from_date: "2023-07-01" },
];

function weighted(random: Random, weights: [string, number][]): string {
  let pick = random.next() * weights.reduce((s, [, w]) => s + w, 0);
  for (const [value, weight] of weights) if ((pick -= weight) < 0) return value;
  return weights[0][0];
}

interface Review {
  reviewId: string;
  office: string;
  date: string;
  /** Share acceptable (4-6) of each practice indicator. */
  practice: Map<string, number>;
}

/** The reviews of the QSR demo's case file, in the order they appear. */
function reviewsOf(qsrCasesCsv: string): Review[] {
  const [header, ...lines] = qsrCasesCsv.trim().split("\n").map((l) => l.split(","));
  const at = (name: string) => header.indexOf(name);
  const reviews = new Map<string, Review & { counts: Map<string, [number, number]> }>();
  for (const cells of lines) {
    const id = cells[at("review_id")];
    if (!reviews.has(id)) reviews.set(id, { reviewId: id, office: cells[at("office")], date: cells[at("review_date")], practice: new Map(), counts: new Map() });
    const review = reviews.get(id)!;
    for (const indicator of QSR_INDICATORS.filter((i) => i.domain === "practice" && !i.overall)) {
      const rating = Number(cells[at(indicator.column)]);
      if (!(rating >= 1)) continue;
      const [acceptable, rated] = review.counts.get(indicator.column) ?? [0, 0];
      review.counts.set(indicator.column, [acceptable + (rating >= 4 ? 1 : 0), rated + 1]);
    }
  }
  return [...reviews.values()].map(({ counts, ...review }) => ({ ...review, practice: new Map([...counts].map(([k, [a, r]]) => [k, a / r])) }));
}

export function qsrMeetingDemoFiles(random: Random, qsrCasesCsv: string) {
  const reviews = reviewsOf(qsrCasesCsv);
  const themes: Record<string, string | number>[] = [];
  const steps: Record<string, string>[] = [];
  for (const review of reviews) {
    const found = new Set<string>();
    for (let n = random.integer(2, 4); found.size < n; ) {
      const category = weighted(random, THEME_WEIGHTS);
      const theme = random.pick(THEMES[category]);
      if (found.has(theme)) continue;
      found.add(theme);
      themes.push({ review_id: review.reviewId, category, theme, cases: random.integer(2, 7) });
    }
    const later = reviews.filter((r) => r.office === review.office && r.date > review.date).sort((a, b) => a.date.localeCompare(b.date))[0];
    // The Sum-Up aims its steps at the review's two or three weakest practice indicators.
    const weakest = [...review.practice].sort((a, b) => a[1] - b[1]).slice(0, random.integer(2, 3));
    for (const [indicator] of weakest) {
      steps.push({
        review_id: review.reviewId,
        step: STEPS[indicator],
        indicator,
        due_date: addMonths(review.date, random.integer(3, 6)),
        // Followed up at the office's next review; the latest review's steps are still open.
        status: later ? weighted(random, STATUS_WEIGHTS) : "",
      });
    }
  }
  return {
    "qsr-themes.csv": toCsv(themes, ["review_id", "category", "theme", "cases"]),
    "qsr-next-steps.csv": toCsv(steps, ["review_id", "step", "indicator", "due_date", "status"]),
    "qsr-targets.csv": toCsv(DEMO_QSR_TARGETS, ["indicator", "share_acceptable", "from_date"]),
  };
}
