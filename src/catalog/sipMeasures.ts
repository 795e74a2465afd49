// The outcome measures a System Improvement Plan can name (domain.md section 3). The federal
// measures are CFSR Round 3's statewide data indicators as California's quarterly data
// reports label them; a county may add its own through a sip-measures file.

export type MeasureUnit = "percent" | "per_1000_days" | "per_100000_days";
export type BetterDirection = "higher" | "lower";

export interface OutcomeMeasure {
  measure: string;
  name: string;
  unit: MeasureUnit;
  direction: BetterDirection;
  source: string;
}

const FEDERAL = "CFSR Round 3 statewide data indicator";
const STATE = "California C-CFSR state measure";

export const SIP_MEASURE_CATALOG: readonly OutcomeMeasure[] = [
  { measure: "3-S1", name: "Maltreatment in foster care", unit: "per_100000_days", direction: "lower", source: `${FEDERAL} (victimizations per 100,000 days in foster care)` },
  { measure: "3-S2", name: "Recurrence of maltreatment", unit: "percent", direction: "lower", source: FEDERAL },
  { measure: "3-P1", name: "Permanency in 12 months for children entering foster care", unit: "percent", direction: "higher", source: FEDERAL },
  { measure: "3-P2", name: "Permanency in 12 months for children in foster care 12-23 months", unit: "percent", direction: "higher", source: FEDERAL },
  { measure: "3-P3", name: "Permanency in 12 months for children in foster care 24 months or more", unit: "percent", direction: "higher", source: FEDERAL },
  { measure: "3-P4", name: "Re-entry to foster care in 12 months", unit: "percent", direction: "lower", source: FEDERAL },
  { measure: "3-P5", name: "Placement stability (moves per 1,000 days in foster care)", unit: "per_1000_days", direction: "lower", source: FEDERAL },
  { measure: "2B", name: "Timely response to referrals", unit: "percent", direction: "higher", source: STATE },
  { measure: "2F", name: "Timely caseworker visits with children", unit: "percent", direction: "higher", source: STATE },
  { measure: "5B", name: "Timely health exams", unit: "percent", direction: "higher", source: STATE },
];

export function catalogMeasure(code: string): OutcomeMeasure | undefined {
  return SIP_MEASURE_CATALOG.find((m) => m.measure.toUpperCase() === code.toUpperCase());
}
