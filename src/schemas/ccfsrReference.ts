// C-CFSR reference files: the state holidays that working-day deadlines skip, and the dates
// a county submitted each step of its cycle (so that a past due date can be called overdue
// only when nothing was submitted).
import { z } from "zod";
import { isoDate, oneOf, requiredText } from "./cells.ts";
import type { TabularKind } from "./inputKind.ts";

export const holidayRow = z.object({ holiday: isoDate, name: requiredText(80) });
export type HolidayRow = z.infer<typeof holidayRow>;

export const holidays: TabularKind<HolidayRow> = {
  kind: "holidays",
  label: "State holidays",
  description: "One row per state holiday (the day it is observed). Working-day deadlines, such as the state's 10 working days to comment on a draft, skip these and weekends.",
  columns: [
    { name: "holiday", required: true, description: "The observed date, YYYY-MM-DD.", example: "2025-03-31" },
    { name: "name", required: true, description: "The holiday's name.", example: "Cesar Chavez Day" },
  ],
  row: holidayRow,
  uniqueKey: { describe: "holiday", columns: ["holiday"], key: (r) => r.holiday },
};

/** The most written SIP updates any cycle has (the five-year cycle's four: src/ccfsr/cycle.ts). */
const MOST_WRITTEN_UPDATES = 4;

/**
 * Every step a county submits, with its accepted spellings: the triennial cycle's one SIP
 * update (`sip_update`), and the five-year cycle's yearly ones (`sip_update_1` ... `_4`), as
 * the cycle names them in ccfsr-calendar.
 */
export const CYCLE_STEPS: Record<string, readonly string[]> = {
  pqcr_report_draft: ["PQCR report draft"],
  pqcr_report: ["PQCR report"],
  csa_draft: ["CSA draft"],
  csa: ["CSA", "County Self-Assessment"],
  sip_draft: ["SIP draft"],
  sip: ["SIP", "System Improvement Plan"],
  sip_update_draft: ["SIP update draft"],
  sip_update: ["SIP update", "written SIP update"],
  ...Object.fromEntries(
    Array.from({ length: MOST_WRITTEN_UPDATES }, (_, i) => [
      [`sip_update_draft_${i + 1}`, [`SIP update ${i + 1} draft`]],
      [`sip_update_${i + 1}`, [`SIP update ${i + 1}`, `written SIP update ${i + 1}`]],
    ]).flat(),
  ),
  verbal_update: ["verbal update", "verbal status update"],
};

export const cycleSubmissionRow = z.object({
  county: requiredText(60),
  pqcr_end: isoDate,
  step: oneOf(CYCLE_STEPS),
  submitted: isoDate,
});
export type CycleSubmissionRow = z.infer<typeof cycleSubmissionRow>;

export const cycleSubmissions: TabularKind<CycleSubmissionRow> = {
  kind: "cycle-submissions",
  label: "C-CFSR cycle submissions",
  description: "One row per step a county has submitted, for the cycle that started with the PQCR ending on pqcr_end.",
  columns: [
    { name: "county", required: true, description: "County name.", example: "Alder" },
    { name: "pqcr_end", required: true, description: "Last day of the PQCR that started the cycle (as in pqcr-events).", example: "2023-10-20" },
    { name: "step", required: true, description: "pqcr_report_draft, pqcr_report, csa_draft, csa, sip_draft, sip, sip_update_draft, sip_update or verbal_update; in the five-year cycle the yearly updates are sip_update_draft_1 ... _4 and sip_update_1 ... _4.", example: "pqcr_report" },
    { name: "submitted", required: true, description: "The date it reached the state.", example: "2023-12-18" },
  ],
  row: cycleSubmissionRow,
  uniqueKey: { describe: "county, pqcr_end and step", columns: ["county", "pqcr_end", "step"], key: (r) => `${r.county.toLowerCase()}\u0000${r.pqcr_end}\u0000${r.step}` },
};
