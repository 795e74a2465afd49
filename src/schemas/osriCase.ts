// OSRI case ratings: one row per reviewed case (contract.md, "OSRI case ratings").
import { z } from "zod";
import { OSRI_ITEMS } from "../catalog/osriItems.ts";
import { caseId, isoDate, oneOf, optional, osriRating, regionCode, requiredText, yesNo } from "./cells.ts";
import type { ColumnDoc, TabularKind } from "./inputKind.ts";

const itemShape = Object.fromEntries(OSRI_ITEMS.map((i) => [i.column, osriRating])) as Record<string, typeof osriRating>;

/** Accepted spellings of an OSRI case type, by the value stored. */
export const OSRI_CASE_TYPES = { foster_care: ["foster care", "foster-care", "fc"], in_home: ["in-home", "in home", "ihs"] } as const;

export const osriCaseRow = z
  .object({
    case_id: caseId,
    review_date: isoDate,
    region: regionCode,
    county: requiredText(60),
    metro: yesNo,
    case_type: oneOf(OSRI_CASE_TYPES),
    ...itemShape,
    baseline_sample: optional(yesNo),
  })
  .superRefine((row, ctx) => {
    // Permanency items 4-11 apply to foster care cases only (domain.md section 2): a rating
    // other than NA on an in-home case is a data entry error, not a finding.
    if (row.case_type !== "in_home") return;
    for (const item of OSRI_ITEMS) {
      const rating = (row as Record<string, unknown>)[item.column];
      if (item.fosterCareOnly && (rating === "Strength" || rating === "ANI")) {
        ctx.addIssue({
          code: "custom",
          path: [item.column],
          message: `is rated ${rating} on an in-home case; item ${item.item} applies to foster care cases only (use NA)`,
        });
      }
    }
  });

// The item columns come from the catalog, so their names are known at run time only.
export type OsriCaseRow = z.infer<typeof osriCaseRow> & Record<string, unknown>;

const columns: ColumnDoc[] = [
  { name: "case_id", required: true, description: "De-identified case code assigned after the review: 4 to 20 letters, digits or -.", example: "OS24-3S-011" },
  { name: "review_date", required: true, description: "Date of the case review, YYYY-MM-DD.", example: "2024-09-17" },
  { name: "region", required: true, description: "Region code, as in the region reference list.", example: "3S" },
  { name: "county", required: true, description: "County name.", example: "Harlan" },
  { name: "metro", required: true, description: "yes when the case is from the metropolitan area, otherwise no.", example: "yes" },
  { name: "case_type", required: true, description: "foster_care or in_home.", example: "foster_care" },
  ...OSRI_ITEMS.map((i) => ({
    name: i.column,
    required: true,
    description: `Item ${i.item}, ${i.label}: Strength (S), ANI (Area Needing Improvement) or NA (Not Applicable)${i.fosterCareOnly ? "; NA on in-home cases" : ""}.`,
    example: i.fosterCareOnly ? "NA" : "Strength",
  })),
  {
    name: "baseline_sample",
    required: false,
    description:
      "For a case reviewed in the PIP's baseline period: yes when it is one of the cases randomly selected to form the baseline (seed 004: 8 in-home and 12 foster care of each region's 25), otherwise no. When any baseline case says yes, only those form the baseline; leave the column out (or empty) and every baseline-period case does. Ignored after the baseline.",
    example: "yes",
  },
];

export const osriCases: TabularKind<OsriCaseRow> = {
  kind: "osri-cases",
  label: "OSRI case ratings",
  description: "One row per case reviewed with the federal On-Site Review Instrument.",
  columns,
  row: osriCaseRow,
  // Seed 004: a case appearing more than once in the measurement period is eliminated.
  uniqueKey: { describe: "case_id", columns: ["case_id"], key: (r) => r.case_id },
};
