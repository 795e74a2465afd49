// The review operations behind the PIP (seed 004, "QA PROCESS" and "Regional Review
// Corrective Actions"): each case review's way through QA to finalized and de-identified, and
// each concern found during a review with the region's response. Blank dates are steps not
// yet taken.
import { z } from "zod";
import { CONCERN_TYPES } from "../catalog/reviewConcerns.ts";
import { caseId, isoDate, oneOf, optional, regionCode, requiredText } from "./cells.ts";
import { column, type TabularKind } from "./inputKind.ts";


/** The QA steps in the order the seed gives them. */
const QA_STEPS = ["first_qa", "second_qa", "cb_oversight", "finalized", "deidentified"] as const;

export const reviewQaRow = z
  .object({
    case_id: caseId,
    region: regionCode,
    review_date: isoDate,
    first_qa: optional(isoDate),
    second_qa: optional(isoDate),
    cb_oversight: optional(isoDate),
    finalized: optional(isoDate),
    deidentified: optional(isoDate),
  })
  .superRefine((row, ctx) => {
    for (const step of QA_STEPS) {
      const date = row[step];
      if (date !== null && date < row.review_date) ctx.addIssue({ code: "custom", path: [step], message: `${date} is before the review date ${row.review_date}` });
    }
    if (row.deidentified !== null && row.finalized === null) ctx.addIssue({ code: "custom", path: ["deidentified"], message: "is given but finalized is empty: a case is de-identified after it is finalized" });
    if (row.deidentified !== null && row.finalized !== null && row.deidentified < row.finalized) ctx.addIssue({ code: "custom", path: ["deidentified"], message: `${row.deidentified} is before finalized ${row.finalized}` });
  });
export type ReviewQaRow = z.infer<typeof reviewQaRow>;

export const reviewQa: TabularKind<ReviewQaRow> = {
  kind: "review-qa",
  label: "Case review QA",
  description: "One row per case review: the day each QA step was done (seed 004: first and second level QA, the Children's Bureau's secondary oversight, finalized within 60 days of the review, de-identified within 14 days after). Empty while pending.",
  columns: [
    column("case_id", true, "The case review's code, as in the OSRI case ratings.", "OS24-3S-011"),
    column("region", true, "Region code.", "3S"),
    column("review_date", true, "Date of the case review.", "2024-09-17"),
    column("first_qa", false, "First level QA done.", "2024-09-20"),
    column("second_qa", false, "Second level QA done.", "2024-09-30"),
    column("cb_oversight", false, "Children's Bureau secondary oversight done.", "2024-10-15"),
    column("finalized", false, "The case review finalized.", "2024-11-01"),
    column("deidentified", false, "The case review de-identified.", "2024-11-08"),
  ],
  row: reviewQaRow,
  uniqueKey: { describe: "case_id", columns: ["case_id"], key: (r) => r.case_id },
};

export const reviewConcernRow = z
  .object({
    concern_id: caseId,
    region: regionCode,
    review_date: isoDate,
    type: oneOf(Object.fromEntries(CONCERN_TYPES.map((t) => [t.code, [t.label]])) as Record<string, readonly string[]>),
    reported: isoDate,
    response: optional(isoDate),
  })
  .superRefine((row, ctx) => {
    if (row.response !== null && row.response < row.reported) ctx.addIssue({ code: "custom", path: ["response"], message: `${row.response} is before reported ${row.reported}` });
  });
export type ReviewConcernRow = z.infer<typeof reviewConcernRow>;

export const reviewConcerns: TabularKind<ReviewConcernRow> = {
  kind: "review-concerns",
  label: "Concerns found in reviews",
  description: "One row per concern a review found and reported to the region's leadership, with the day the region responded in writing (seed 004: Safety Issues within 24 hours, the other types within 10 days).",
  columns: [
    column("concern_id", true, "The concern's own code: letters, digits or -.", "CN-2024-031"),
    column("region", true, "Region code.", "3S"),
    column("review_date", true, "Date of the review that found it.", "2024-09-17"),
    column("type", true, `One of: ${CONCERN_TYPES.map((t) => t.code).join(", ")} (or the seed's label).`, "safety_issue"),
    column("reported", true, "The day it was reported to the region.", "2024-09-18"),
    column("response", false, "The day the region responded in writing; empty while it has not.", "2024-09-19"),
  ],
  row: reviewConcernRow,
  uniqueKey: { describe: "concern_id", columns: ["concern_id"], key: (r) => r.concern_id },
};
