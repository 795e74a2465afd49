// Peer Quality Case Review files (seeds 002, 003): the review events, and their findings in
// aggregate, sorted by the report's summary-of-practice categories (domain.md section 3).
import { z } from "zod";
import { isoDate, oneOf, requiredText, wholeNumber } from "./cells.ts";
import { attributionProblem } from "./attribution.ts";
import type { TabularKind } from "./inputKind.ts";

export const PQCR_CATEGORIES = {
  documentation: ["Documentation"],
  strengths: ["Strengths and Promising Practices", "strengths_promising_practices"],
  barriers: ["Barriers and Challenges", "barriers_challenges"],
  training: ["Training Needs", "training_needs"],
  technical_assistance: ["State Technical Assistance", "state_technical_assistance"],
  policy: ["Policy and Systemic Issues", "policy_systemic"],
  resources: ["Resource Issues", "resource_issues"],
} as const;

export const PQCR_CATEGORY_LABELS: Record<keyof typeof PQCR_CATEGORIES, string> = {
  documentation: "Documentation",
  strengths: "Strengths and Promising Practices",
  barriers: "Barriers and Challenges",
  training: "Training Needs",
  technical_assistance: "State Technical Assistance",
  policy: "Policy and Systemic Issues",
  resources: "Resource Issues",
};

export const pqcrEventRow = z
  .object({
    county: requiredText(60),
    pqcr_start: isoDate,
    pqcr_end: isoDate,
    focus_area: requiredText(200),
  })
  .superRefine((row, ctx) => {
    if (row.pqcr_end < row.pqcr_start) {
      ctx.addIssue({ code: "custom", path: ["pqcr_end"], message: `${row.pqcr_end} is before pqcr_start ${row.pqcr_start}` });
    }
  });

export type PqcrEventRow = z.infer<typeof pqcrEventRow>;

export const pqcrEvents: TabularKind<PqcrEventRow> = {
  kind: "pqcr-events",
  label: "PQCR events",
  description: "One row per Peer Quality Case Review: the county, the event week, the focus area.",
  columns: [
    { name: "county", required: true, description: "County name.", example: "Alder" },
    { name: "pqcr_start", required: true, description: "First day of the PQCR event week.", example: "2024-04-15" },
    { name: "pqcr_end", required: true, description: "Last day of the PQCR; the cycle's due dates count from it.", example: "2024-04-19" },
    { name: "focus_area", required: true, description: "The practice area the county chose to examine.", example: "Timely reunification" },
  ],
  row: pqcrEventRow,
  uniqueKey: { describe: "county and pqcr_end", columns: ["county", "pqcr_end"], key: (r) => `${r.county.toLowerCase()}\u0000${r.pqcr_end}` },
};

export const pqcrFindingRow = z.object({
  county: requiredText(60),
  pqcr_end: isoDate,
  category: oneOf(PQCR_CATEGORIES),
  scope: oneOf({ focus_area: ["focus area", "focus-area"], system_wide: ["system wide", "system-wide", "systemwide"] }),
  source: oneOf({ interview: ["interviews"], focus_group: ["focus group", "focus groups", "focus_groups"] }),
  theme: requiredText(200).superRefine((text, ctx) => {
    const problem = attributionProblem(text);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }),
  mentions: wholeNumber.refine((n) => n >= 1, "must be 1 or more"),
});

export type PqcrFindingRow = z.infer<typeof pqcrFindingRow>;

export const pqcrFindings: TabularKind<PqcrFindingRow> = {
  kind: "pqcr-findings",
  label: "PQCR findings (aggregate)",
  description: "One row per theme heard at a PQCR, counted across interviews or focus groups. Never attributed to a person.",
  columns: [
    { name: "county", required: true, description: "County name.", example: "Alder" },
    { name: "pqcr_end", required: true, description: "Last day of the PQCR the finding comes from (as in pqcr-events).", example: "2024-04-19" },
    { name: "category", required: true, description: "Summary-of-practice category: Documentation, Strengths and Promising Practices, Barriers and Challenges, Training Needs, State Technical Assistance, Policy and Systemic Issues, Resource Issues.", example: "Training Needs" },
    { name: "scope", required: true, description: "focus_area (related to the focus area) or system_wide.", example: "focus_area" },
    { name: "source", required: true, description: "interview or focus_group.", example: "interview" },
    { name: "theme", required: true, description: "A short description of the theme, with no names or worker ids.", example: "Concurrent planning training for new workers" },
    { name: "mentions", required: true, description: "How many interviews or focus groups raised it.", example: "4" },
  ],
  row: pqcrFindingRow,
};
