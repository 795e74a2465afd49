// PQCR findings are reported in aggregate only, never attributed to a person (seed 002). A
// theme that names someone ("Ms. Garcia said...", "according to Maria Lopez") or carries a
// worker id ("CSW #4412", "worker id 10233") is refused.

const HONORIFIC_NAME = /\b(Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][a-z'’-]+/;
const WORKER_ID = /\b(worker|caseworker|social worker|csw|sw|employee|staff|supervisor|badge|user)\s*(id|#|no\.?|number)?\s*[:#]?\s*[A-Za-z]{0,3}-?\d{3,}\b/i;
const ATTRIBUTED_TO_NAME = /\b([Ss]aid|[Ss]ays|[Ss]tated|[Rr]eported|[Aa]ccording to|[Tt]old us|[Ee]xplained)\s+(by\s+)?[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+/;

export function attributionProblem(text: string): string | null {
  if (WORKER_ID.test(text)) return "carries what looks like a worker or staff id; findings are reported in aggregate only, never attributed to a person";
  if (HONORIFIC_NAME.test(text) || ATTRIBUTED_TO_NAME.test(text)) return "names a person; findings are reported in aggregate only, never attributed to a person";
  return null;
}
