// QSR indicators (seed 000) as the input columns name them. The two overall ratings are
// recorded by reviewers as entered, never derived from the others (domain.md section 1).

export type QsrDomain = "status" | "practice";

export interface QsrIndicator {
  /** The input column, also the indicator's id in every dataset. */
  column: string;
  label: string;
  domain: QsrDomain;
  /** The reviewer's overall rating for the domain rather than one indicator. */
  overall: boolean;
}

function indicator(column: string, label: string, domain: QsrDomain, overall = false): QsrIndicator {
  return { column, label, domain, overall };
}

export const QSR_INDICATORS: readonly QsrIndicator[] = [
  indicator("status_safety", "Safety", "status"),
  indicator("status_stability", "Stability Pattern", "status"),
  indicator("status_permanency", "Permanency Prospects", "status"),
  indicator("status_living_arrangement", "Living Arrangement", "status"),
  indicator("status_physical_health", "Health/Physical Well-being", "status"),
  indicator("status_emotional_wellbeing", "Emotional Well-being", "status"),
  indicator("status_learning_development", "Learning and Development", "status"),
  indicator("status_family_functioning", "Family Functioning and Resourcefulness", "status"),
  indicator("status_caregiver_functioning", "Caregiver Functioning", "status"),
  indicator("status_family_connections", "Family Connections", "status"),
  indicator("status_overall", "Overall Child and Family Status", "status", true),
  indicator("practice_engagement", "Engagement", "practice"),
  indicator("practice_voice_choice", "Voice and Choice", "practice"),
  indicator("practice_teamwork", "Teamwork", "practice"),
  indicator("practice_assessment", "Assessment and Understanding", "practice"),
  indicator("practice_long_term_view", "Long-term View", "practice"),
  indicator("practice_planning", "Planning", "practice"),
  indicator("practice_supports_services", "Supports and Services", "practice"),
  indicator("practice_intervention_adequacy", "Intervention Adequacy", "practice"),
  indicator("practice_tracking_adjustment", "Tracking and Adjustment", "practice"),
  indicator("practice_overall", "Overall Practice Performance", "practice", true),
];

export const QSR_INDICATOR_COLUMNS = QSR_INDICATORS.map((i) => i.column);

export function qsrIndicator(column: string): QsrIndicator | undefined {
  return QSR_INDICATORS.find((i) => i.column === column);
}

/** The QSR rating scale: 4-6 acceptable, 1-3 unacceptable; zones 5-6 maintain, 3-4 refine, 1-2 improve. */
export const QSR_RATING_LABELS: Record<number, string> = {
  6: "Optimal",
  5: "Good",
  4: "Fair",
  3: "Marginal",
  2: "Poor",
  1: "Adverse",
};

export const QSR_ACCEPTABLE_MINIMUM = 4;

export type QsrZone = "maintain" | "refine" | "improve";

export function qsrZone(rating: number): QsrZone {
  return rating >= 5 ? "maintain" : rating >= 3 ? "refine" : "improve";
}
