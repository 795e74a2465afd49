// What the QSR meetings add to the ratings (seed 000): the systemic themes the review
// "uncovers ... within DCFS, DMH, the courts, schools, and other entities", the immediate
// steps office management formulates at the Sum-Up, and the county's targets (the level of
// practice it must reach, e.g. its exit criteria). Three input kinds, all optional.
import { z } from "zod";
import { QSR_INDICATORS } from "../catalog/qsrIndicators.ts";
import { attributionProblem } from "./attribution.ts";
import { decimal, isoDate, oneOf, optional, requiredText, wholeNumber } from "./cells.ts";
import type { TabularKind } from "./inputKind.ts";

/** The systems a QSR theme is about (seed 000 names DCFS, DMH, the courts and schools). */
export const QSR_THEME_CATEGORIES = {
  courts: ["court", "juvenile court", "dependency court"],
  schools: ["school", "education"],
  mental_health: ["mental health", "mental health services", "dmh"],
  placement_resources: ["placement", "placements", "placement resources"],
  caseloads_staffing: ["caseloads", "staffing", "caseloads and staffing", "workforce"],
  substance_use: ["substance use", "substance use services", "substance abuse"],
  housing: ["housing"],
  other: ["other entities"],
} as const;

export const QSR_THEME_CATEGORY_LABELS: Record<keyof typeof QSR_THEME_CATEGORIES, string> = {
  courts: "Courts",
  schools: "Schools",
  mental_health: "Mental health services",
  placement_resources: "Placement resources",
  caseloads_staffing: "Caseloads and staffing",
  substance_use: "Substance use services",
  housing: "Housing",
  other: "Other",
};

/** A QSR indicator, by its column name or its label ("practice_engagement" or "Engagement"). */
export const qsrIndicator = oneOf(Object.fromEntries(QSR_INDICATORS.map((i) => [i.column, [i.label]])) as Record<string, readonly string[]>);

/** Free text written for a meeting: refused when it names a person or carries a worker id. */
const unattributed = (maxLength: number) =>
  requiredText(maxLength).superRefine((text, ctx) => {
    const problem = attributionProblem(text);
    if (problem) ctx.addIssue({ code: "custom", message: problem.replace("findings are", "themes and steps are") });
  });

export const qsrThemeRow = z.object({
  review_id: requiredText(60),
  category: oneOf(QSR_THEME_CATEGORIES),
  theme: unattributed(200),
  cases: wholeNumber.refine((n) => n >= 1, "must be 1 or more: the cases of the review that raise the theme"),
});
export type QsrThemeRow = z.infer<typeof qsrThemeRow>;

export const qsrThemes: TabularKind<QsrThemeRow> = {
  kind: "qsr-themes",
  label: "QSR systemic themes",
  description: "One row per systemic theme a review found: the system it is about and how many of the review's cases raise it. Never attributed to a person.",
  columns: [
    { name: "review_id", required: true, description: "The review, as in the QSR case ratings.", example: "R2025-NORT" },
    { name: "category", required: true, description: "courts, schools, mental_health, placement_resources, caseloads_staffing, substance_use, housing or other.", example: "mental_health" },
    { name: "theme", required: true, description: "The theme in a sentence, with no names or worker ids.", example: "Waiting lists for child therapy run past 60 days" },
    { name: "cases", required: true, description: "How many of the review's cases raise it (1 or more).", example: "5" },
  ],
  row: qsrThemeRow,
  uniqueKey: { describe: "review_id and theme", columns: ["review_id", "theme"], key: (r) => `${r.review_id}\u0000${r.theme.toLowerCase()}` },
};

export const NEXT_STEP_STATUSES = {
  done: ["completed", "complete"],
  in_progress: ["in progress", "in-progress", "ongoing"],
  not_started: ["not started", "not-started"],
  dropped: ["abandoned", "withdrawn"],
} as const;

export const qsrNextStepRow = z.object({
  review_id: requiredText(60),
  step: unattributed(200),
  indicator: qsrIndicator,
  due_date: isoDate,
  status: optional(oneOf(NEXT_STEP_STATUSES)),
});
export type QsrNextStepRow = z.infer<typeof qsrNextStepRow>;

export const qsrNextSteps: TabularKind<QsrNextStepRow> = {
  kind: "qsr-next-steps",
  label: "QSR Sum-Up next steps",
  description: "One row per immediate step office management agreed at a review's Sum-Up, the indicator it aims at, and where it stood at the office's next review.",
  columns: [
    { name: "review_id", required: true, description: "The review whose Sum-Up agreed the step.", example: "R2024-NORT" },
    { name: "step", required: true, description: "The step in a sentence, with no names.", example: "Monthly child and family team meetings for every new case" },
    { name: "indicator", required: true, description: "The QSR indicator it aims to improve: its column name or label.", example: "practice_teamwork" },
    { name: "due_date", required: true, description: "When it was to be done.", example: "2024-06-30" },
    { name: "status", required: false, description: "At the next review: done, in_progress, not_started or dropped; empty until then.", example: "done" },
  ],
  row: qsrNextStepRow,
  uniqueKey: { describe: "review_id and step", columns: ["review_id", "step"], key: (r) => `${r.review_id}\u0000${r.step.toLowerCase()}` },
};

export const qsrTargetRow = z.object({
  indicator: qsrIndicator,
  share_acceptable: decimal.refine((n) => n > 0 && n <= 1, "is a share from 0 to 1 (write 0.7 for 70%)"),
  from_date: isoDate,
});
export type QsrTargetRow = z.infer<typeof qsrTargetRow>;

export const qsrTargets: TabularKind<QsrTargetRow> = {
  kind: "qsr-targets",
  label: "QSR targets",
  description: "The share of cases the county aims to rate acceptable on an indicator from a date on (its implementation level, e.g. exit criteria). A later row for the same indicator replaces an earlier one from its date.",
  columns: [
    { name: "indicator", required: true, description: "The QSR indicator: its column name or label.", example: "practice_overall" },
    { name: "share_acceptable", required: true, description: "The target share of cases rated acceptable (4-6), a fraction.", example: "0.7" },
    { name: "from_date", required: true, description: "The first day the target applies.", example: "2023-07-01" },
  ],
  row: qsrTargetRow,
  uniqueKey: { describe: "indicator and from_date", columns: ["indicator", "from_date"], key: (r) => `${r.indicator}\u0000${r.from_date}` },
};
