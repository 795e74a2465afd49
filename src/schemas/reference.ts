// Reference lists: the county's QSR offices with the dates they existed, and the state's
// OSRI regions with their review months (seed 004). Offices open, close and merge, so they
// are data with dates, never code (domain.md section 1).
import { z } from "zod";
import { isoDate, monthNumber, optional, regionCode, requiredText, yesNo } from "./cells.ts";
import type { TabularKind } from "./inputKind.ts";

export const officeRow = z
  .object({
    office: requiredText(80),
    opened: isoDate,
    closed: optional(isoDate),
    successor: optional(requiredText(80)),
  })
  .superRefine((row, ctx) => {
    if (row.closed !== null && row.closed < row.opened) {
      ctx.addIssue({ code: "custom", path: ["closed"], message: `${row.closed} is before the office opened (${row.opened})` });
    }
    if (row.successor !== null && row.closed === null) {
      ctx.addIssue({ code: "custom", path: ["successor"], message: "names a successor for an office that has not closed" });
    }
  });

export type OfficeRow = z.infer<typeof officeRow>;

export const offices: TabularKind<OfficeRow> = {
  kind: "offices",
  label: "QSR office reference list",
  description: "One row per office, with the dates it existed. A QSR review must name an office open on its review date.",
  columns: [
    { name: "office", required: true, description: "Office name as QSR files spell it.", example: "Northgate" },
    { name: "opened", required: true, description: "First day the office existed (or the first day of your records), YYYY-MM-DD.", example: "2010-07-01" },
    { name: "closed", required: false, description: "Last day the office existed; empty while it is open.", example: "" },
    { name: "successor", required: false, description: "The office that took over its cases after it closed (a merge); empty otherwise.", example: "" },
  ],
  row: officeRow,
  uniqueKey: { describe: "office", columns: ["office"], key: (r) => r.office.toLowerCase() },
};

export const regionRow = z.object({
  region: regionCode,
  name: optional(requiredText(80)),
  review_month: monthNumber,
  metro: yesNo,
});

export type RegionRow = z.infer<typeof regionRow>;

export const regions: TabularKind<RegionRow> = {
  kind: "regions",
  label: "OSRI region reference list",
  description: "One row per region of the state's regional review schedule (seed 004).",
  columns: [
    { name: "region", required: true, description: "Region code as OSRI files spell it.", example: "3S" },
    { name: "name", required: false, description: "A longer name to show on pages.", example: "Region 3 South" },
    { name: "review_month", required: true, description: "Month of the year (1-12) in which the region is reviewed.", example: "9" },
    { name: "metro", required: true, description: "yes for the metropolitan region.", example: "yes" },
  ],
  row: regionRow,
  uniqueKey: { describe: "region", columns: ["region"], key: (r) => r.region.toUpperCase() },
};
