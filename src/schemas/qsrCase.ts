// QSR case ratings: one row per reviewed case (contract.md, "QSR case ratings").
import { z } from "zod";
import { QSR_INDICATORS } from "../catalog/qsrIndicators.ts";
import { caseId, isoDate, oneOf, qsrRating, requiredText } from "./cells.ts";
import type { ColumnDoc, TabularKind } from "./inputKind.ts";

const ratingShape = Object.fromEntries(QSR_INDICATORS.map((i) => [i.column, qsrRating])) as Record<
  string,
  typeof qsrRating
>;

/** Accepted spellings of a QSR case type, by the value stored. */
export const QSR_CASE_TYPES = { in_home: ["in-home", "in home"], out_of_home: ["out-of-home", "out of home"] } as const;

export const qsrCaseRow = z.object({
  review_id: requiredText(60),
  office: requiredText(80),
  review_date: isoDate,
  protocol_version: requiredText(20),
  case_id: caseId,
  case_type: oneOf(QSR_CASE_TYPES),
  ...ratingShape,
});

// The rating columns come from the catalog, so their names are known at run time only.
export type QsrCaseRow = z.infer<typeof qsrCaseRow> & Record<string, unknown>;

const columns: ColumnDoc[] = [
  { name: "review_id", required: true, description: "The office review this case belongs to; every case of one review shares it.", example: "R-2024-NORTH" },
  { name: "office", required: true, description: "Office name, exactly as in the office reference list.", example: "Northgate" },
  { name: "review_date", required: true, description: "First day of review week, YYYY-MM-DD.", example: "2024-03-04" },
  { name: "protocol_version", required: true, description: "Version of the QSR protocol the reviewers used.", example: "2.0" },
  { name: "case_id", required: true, description: "De-identified case code: 4 to 20 letters, digits or -. Never a source-system case number.", example: "Q24N-07" },
  { name: "case_type", required: true, description: "in_home or out_of_home.", example: "out_of_home" },
  ...QSR_INDICATORS.map((i) => ({
    name: i.column,
    required: true,
    description: `${i.label} (${i.domain === "status" ? "child and family status" : "practice performance"}${i.overall ? ", the reviewer's overall rating as entered" : ""}): 1 to 6, NA, or empty if not recorded.`,
    example: "4",
  })),
];

export const qsrCases: TabularKind<QsrCaseRow> = {
  kind: "qsr-cases",
  label: "QSR case ratings",
  description: "One row per case reviewed in a Quality Service Review of one office.",
  columns,
  row: qsrCaseRow,
  // A de-identified code is assigned per review; the same code twice in one review is a duplicate.
  uniqueKey: { describe: "review_id and case_id", columns: ["review_id", "case_id"], key: (r) => `${r.review_id}\u0000${r.case_id}` },
};
