// Concerns found during a regional review (seed 004, "Regional Review Corrective Actions"):
// "reported to the region's leadership and tracked by the Quality Assurance Case Review Unit",
// each type with the time the region has to respond in writing.

export interface ConcernType {
  code: string;
  label: string;
  /** Days the region has to respond; Safety Issues have 24 hours, taken as one day. */
  responseDays: number;
}

export const CONCERN_TYPES: readonly ConcernType[] = [
  { code: "insufficient_diligent_efforts", label: "Insufficient Diligent Efforts", responseDays: 10 },
  { code: "unresolved_policy_violation", label: "Unresolved Policy Violation / Unreported", responseDays: 10 },
  { code: "corporal_punishment_licensure", label: "Corporal Punishment / Licensure Concern", responseDays: 10 },
  { code: "tpr_tracking", label: "TPR Tracking", responseDays: 10 },
  { code: "afcars_issue", label: "AFCARS Issue", responseDays: 10 },
  { code: "placement_discrepancy", label: "Placement Discrepancy", responseDays: 10 },
  { code: "safety_issue", label: "Safety Issues", responseDays: 1 },
  { code: "placement_permanency_wellbeing", label: "Placement / Permanency / Well-Being Concern", responseDays: 10 },
  { code: "transitional_living", label: "Transitional Living Concern", responseDays: 10 },
  { code: "runaway", label: "Runaway", responseDays: 10 },
];

export function concernType(code: string): ConcernType | undefined {
  return CONCERN_TYPES.find((t) => t.code === code);
}

/** Seed 004: cases finalized "within 60 days from the date of the case review", de-identified "within 14 days" after. */
export const FINALIZE_WITHIN_DAYS = 60;
export const DEIDENTIFY_WITHIN_DAYS = 14;
