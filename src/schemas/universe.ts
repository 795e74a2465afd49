// The case universe `crd sample` draws from (contract.md, "Case universe"): operational data
// with pseudonymous ids, never loaded into the warehouse and never published. Three kinds, read
// from one folder: foster care custody episodes, in-home cases with their service, and the
// children of each in-home household.
import { z } from "zod";
import { isoDate, optional, regionCode, requiredText } from "./cells.ts";
import { column, type TabularKind } from "./inputKind.ts";
import { eliminationReason } from "../sampling/eliminationReasons.ts";

/** A pseudonymous id from the case management system's extract: letters, digits and "-". */
const pseudonym = (what: string) => requiredText(40).regex(/^[A-Za-z0-9-]{2,40}$/, `is not a pseudonymous ${what}: 2 to 40 letters, digits or "-"`);

export const fosterCareEpisodeRow = z
  .object({
    case_id: pseudonym("case id"),
    child_id: pseudonym("child id"),
    region: regionCode,
    county: requiredText(60),
    custody_start: isoDate,
    custody_end: optional(isoDate),
    worker_key: pseudonym("worker key"),
  })
  .superRefine((row, ctx) => {
    if (row.custody_end !== null && row.custody_end < row.custody_start) ctx.addIssue({ code: "custom", path: ["custody_end"], message: "is before custody_start" });
  });
export type FosterCareEpisodeRow = z.infer<typeof fosterCareEpisodeRow>;

export const inHomeCaseRow = z
  .object({
    case_id: pseudonym("case id"),
    region: regionCode,
    county: requiredText(60),
    case_start: isoDate,
    case_end: optional(isoDate),
    service_type: requiredText(60),
    service_start: isoDate,
    service_end: optional(isoDate),
    worker_key: pseudonym("worker key"),
  })
  .superRefine((row, ctx) => {
    if (row.case_end !== null && row.case_end < row.case_start) ctx.addIssue({ code: "custom", path: ["case_end"], message: "is before case_start" });
    if (row.service_end !== null && row.service_end < row.service_start) ctx.addIssue({ code: "custom", path: ["service_end"], message: "is before service_start" });
  });
export type InHomeCaseRow = z.infer<typeof inHomeCaseRow>;

export const householdChildRow = z.object({ case_id: pseudonym("case id"), child_id: pseudonym("child id") });
export type HouseholdChildRow = z.infer<typeof householdChildRow>;


export const fosterCareUniverse: TabularKind<FosterCareEpisodeRow> = {
  kind: "foster-care-universe",
  label: "Foster care universe (for crd sample)",
  description: "One row per custody episode of a child in foster care, from the case management system. Never loaded or published.",
  columns: [
    column("case_id", true, "The case's pseudonymous id.", "FC-2041"),
    column("child_id", true, "The child's pseudonymous id (to match in-home household children).", "CH-88213"),
    column("region", true, "Region code.", "3S"),
    column("county", true, "County name.", "Capital"),
    column("custody_start", true, "First day of the custody episode.", "2024-02-11"),
    column("custody_end", false, "Last day; empty while the child is still in custody.", ""),
    column("worker_key", true, "The assigned worker's pseudonymous key (for the cap of cases per worker).", "W-117"),
  ],
  row: fosterCareEpisodeRow,
};

export const inHomeUniverse: TabularKind<InHomeCaseRow> = {
  kind: "in-home-universe",
  label: "In-home services universe (for crd sample)",
  description: "One row per in-home case and service, from the case management system. Never loaded or published.",
  columns: [
    column("case_id", true, "The case's pseudonymous id.", "IH-5520"),
    column("region", true, "Region code.", "3S"),
    column("county", true, "County name.", "Vance"),
    column("case_start", true, "The day the case was opened.", "2024-01-08"),
    column("case_end", false, "The day it closed; empty while open.", ""),
    column("service_type", true, "The direct service type on the family service plan: in_home, or another.", "in_home"),
    column("service_start", true, "First day of the service.", "2024-01-08"),
    column("service_end", false, "Last day; empty while open.", ""),
    column("worker_key", true, "The assigned worker's pseudonymous key.", "W-204"),
  ],
  row: inHomeCaseRow,
};

export const inHomeHousehold: TabularKind<HouseholdChildRow> = {
  kind: "in-home-household",
  label: "In-home household children (for crd sample)",
  description: "One row per child of an in-home case's household, to find children who were in foster care. Never loaded or published.",
  columns: [column("case_id", true, "The in-home case's pseudonymous id.", "IH-5520"), column("child_id", true, "The child's pseudonymous id.", "CH-90114")],
  row: householdChildRow,
};

export const UNIVERSE_KINDS = [fosterCareUniverse, inHomeUniverse, inHomeHousehold] as const;

/** The elimination worksheet agreed with the Children's Bureau: a case of the sample, a reason code, a note. */
export const worksheetRow = z.object({
  case_id: pseudonym("case id"),
  reason_code: z.string().refine((code) => eliminationReason(code.trim().toLowerCase()) !== undefined, {
    error: (issue) => `${JSON.stringify(issue.input)} is not a reason code; crd sample --reasons lists them`,
  }).transform((code) => code.trim().toLowerCase()),
  note: optional(requiredText(300)),
});
export type WorksheetRow = z.infer<typeof worksheetRow>;

export const eliminationWorksheet: TabularKind<WorksheetRow> = {
  kind: "elimination-worksheet",
  label: "Elimination worksheet (for crd sample --eliminations)",
  description: "One row per case of a monthly sample eliminated with the Children's Bureau's agreement, with its reason code.",
  columns: [
    column("case_id", true, "The case, as in sample.csv.", "FC-2041"),
    column("reason_code", true, "One of seed 004's criteria: crd sample --reasons lists the codes.", "fc_trial_home_visit"),
    column("note", false, "What the local site coordinator said, with no names.", "Child home on a trial visit since before the sample period"),
  ],
  row: worksheetRow,
  uniqueKey: { describe: "case_id", columns: ["case_id"], key: (r) => r.case_id },
};
