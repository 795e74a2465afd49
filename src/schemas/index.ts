// Every tabular input kind, in the order an ingest loads them (reference lists first, so
// that case files can be checked against them).
import { cycleSubmissions, holidays } from "./ccfsrReference.ts";
import type { TabularKind } from "./inputKind.ts";
import { osriCases } from "./osriCase.ts";
import { pqcrEvents, pqcrFindings } from "./pqcr.ts";
import { qsrNextSteps, qsrTargets, qsrThemes } from "./qsrMeeting.ts";
import { reviewConcerns, reviewQa } from "./reviewOperations.ts";
import { qsrCases } from "./qsrCase.ts";
import { offices, regions } from "./reference.ts";
import { sipMeasures, sipTargets, sipValues } from "./sip.ts";

export const TABULAR_KINDS: readonly TabularKind<any>[] = [
  offices,
  regions,
  sipMeasures,
  qsrCases,
  qsrThemes,
  qsrNextSteps,
  qsrTargets,
  osriCases,
  reviewQa,
  reviewConcerns,
  sipTargets,
  sipValues,
  pqcrEvents,
  pqcrFindings,
  holidays,
  cycleSubmissions,
];

export function tabularKind(name: string): TabularKind<any> | undefined {
  return TABULAR_KINDS.find((k) => k.kind === name);
}
