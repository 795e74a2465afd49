// The C-CFSR cycle's due dates, counted from the last day of a county's PQCR (seed 002, the
// 2009 PQCR Process Guide; domain.md section 3). The cycle is a named setting: the 2009
// triennial cycle by default, and California's five-year cycle, our reading of it being the
// same steps with a five-year SIP and a written progress report every year of it.
import { addDays, addMonths, type IsoDate } from "../calendar/isoDate.ts";
import { addWorkingDays } from "../calendar/workingDays.ts";

export type CycleName = "triennial-2009" | "five-year";

export const CYCLES: Record<CycleName, { label: string; sipYears: number; writtenUpdates: number; verbalUpdate: boolean }> = {
  "triennial-2009": { label: "2009 triennial cycle (PQCR Process Guide 2.0)", sipYears: 3, writtenUpdates: 1, verbalUpdate: true },
  "five-year": { label: "Five-year cycle (a written SIP progress report each year)", sipYears: 5, writtenUpdates: 4, verbalUpdate: false },
};

export type StepKind = "county" | "state" | "event";

export interface CycleStep {
  step: string;
  label: string;
  /** county: the county submits; state: the state's feedback; event: a meeting or period. */
  kind: StepKind;
  due: IsoDate;
  /** For a period (the SIP), its last day. */
  until?: IsoDate;
}

/** State feedback on a draft comes within ten working days of the draft (seed 002). */
export const FEEDBACK_WORKING_DAYS = 10;

export function cycleSteps(pqcrEnd: IsoDate, cycle: CycleName, holidays: ReadonlySet<IsoDate>, submitted: ReadonlyMap<string, IsoDate> = new Map()): CycleStep[] {
  const spec = CYCLES[cycle];
  const feedback = (draftStep: string, draftDue: IsoDate) => addWorkingDays(submitted.get(draftStep) ?? draftDue, FEEDBACK_WORKING_DAYS, holidays);
  const pqcrDraft = addDays(pqcrEnd, 30); // a working draft 30 days after the last day of the PQCR
  const pqcrReport = addMonths(pqcrEnd, 2); // due two months after the last day
  const csa = addMonths(pqcrReport, 6); // six months after the PQCR report due date
  const csaDraft = addMonths(csa, -2); // no later than two months before
  const sip = addMonths(csa, 4); // four months after the CSA due date
  const sipDraft = addMonths(sip, -2);
  const steps: CycleStep[] = [
    { step: "pqcr_reflections", label: "PQCR reflections session (about 60 days after the event week)", kind: "event", due: addDays(pqcrEnd, 60) },
    { step: "pqcr_report_draft", label: "PQCR report working draft to the state", kind: "county", due: pqcrDraft },
    { step: "pqcr_report_feedback", label: "State feedback on the PQCR report draft", kind: "state", due: feedback("pqcr_report_draft", pqcrDraft) },
    { step: "pqcr_report", label: "PQCR report", kind: "county", due: pqcrReport },
    { step: "csa_draft", label: "CSA draft to the state", kind: "county", due: csaDraft },
    { step: "csa_feedback", label: "State feedback on the CSA draft", kind: "state", due: feedback("csa_draft", csaDraft) },
    { step: "csa", label: "County Self-Assessment (CSA)", kind: "county", due: csa },
    { step: "sip_draft", label: "SIP draft to the state", kind: "county", due: sipDraft },
    { step: "sip_feedback", label: "State feedback on the SIP draft", kind: "state", due: feedback("sip_draft", sipDraft) },
    { step: "sip", label: "System Improvement Plan (SIP)", kind: "county", due: sip },
    // The plan runs from its due date: due January 15, 2009, it runs to January 14, 2012.
    { step: "sip_period", label: `SIP period (${spec.sipYears} years)`, kind: "event", due: sip, until: addDays(addMonths(sip, 12 * spec.sipYears), -1) },
  ];
  for (let year = 1; year <= spec.writtenUpdates; year++) {
    const suffix = spec.writtenUpdates > 1 ? `_${year}` : "";
    const update = addMonths(sip, 12 * year);
    const draft = addMonths(update, -2);
    steps.push(
      { step: `sip_update_draft${suffix}`, label: `SIP update ${spec.writtenUpdates > 1 ? `${year} ` : ""}draft to the state`, kind: "county", due: draft },
      { step: `sip_update_feedback${suffix}`, label: "State feedback on the SIP update draft", kind: "state", due: feedback(`sip_update_draft${suffix}`, draft) },
      { step: `sip_update${suffix}`, label: `Written SIP update${spec.writtenUpdates > 1 ? ` ${year}` : ""}`, kind: "county", due: update },
    );
  }
  if (spec.verbalUpdate) {
    steps.push({ step: "verbal_update", label: "Verbal SIP status update with the state consultant", kind: "county", due: addMonths(sip, 24) });
  }
  return steps.sort((a, b) => a.due.localeCompare(b.due));
}
