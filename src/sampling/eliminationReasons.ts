// Why a case leaves a monthly sample: seed 004's criteria for elimination, each with a code a
// worksheet can name (crd sample --reasons lists them). The automatic ones the frames apply
// themselves; the others come from the elimination worksheet agreed with the Children's Bureau.

export interface EliminationReason {
  code: string;
  reason: string;
  /** Applied by crd sample from the universe itself, not only named on a worksheet. */
  automatic: boolean;
}

export const ELIMINATION_REASONS: readonly EliminationReason[] = [
  { code: "fc_under_24_hours", automatic: true, reason: "A foster care case open fewer than 24 hours during the period under review" },
  { code: "fc_trial_home_visit", automatic: false, reason: "A foster care case in which the child was on a trial home visit (placement at home) during the entire period under review" },
  { code: "fc_closed_before_sample_period", automatic: false, reason: "A foster care case closed according to agency policy before the sample period begins" },
  { code: "fc_adoption_or_guardianship_finalized", automatic: false, reason: "A foster care case in which the child's adoption or guardianship was finalized before the period under review and the child is no longer in foster care" },
  { code: "not_foster_care_placement", automatic: false, reason: "A case in which the child was placed for the entire period under review in a locked juvenile facility or other placement that does not meet the federal definition of foster care" },
  { code: "subsidy_payment_only", automatic: false, reason: "A case open for subsidized adoption or guardianship payment only" },
  { code: "ih_under_45_days", automatic: true, reason: "An in-home services case open for fewer than 45 consecutive days during the period under review" },
  { code: "ih_child_in_foster_care", automatic: true, reason: "An in-home services case in which any child in the family was in foster care for more than 24 hours during the period under review" },
  { code: "age_of_majority", automatic: false, reason: "A case in which the target child reached the age of majority before the period under review" },
  { code: "interstate_compact", automatic: false, reason: "A case in another state's placement and care responsibility, supervised here through an Interstate Compact for the Placement of Children agreement" },
  { code: "selected_earlier", automatic: true, reason: "A case appearing more than once in the measurement period, such as one selected in an earlier monthly sample" },
  { code: "key_participants_unavailable", automatic: false, reason: "A case whose key individuals are unavailable or unwilling to be interviewed (a state-specific consideration, not a single deciding factor)" },
  { code: "opened_in_error", automatic: false, reason: "A case opened or documented as a foster care or in-home services case in error" },
];

export function eliminationReason(code: string): EliminationReason | undefined {
  return ELIMINATION_REASONS.find((r) => r.code === code);
}
