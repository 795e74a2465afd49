// The demo state's review operations: every OSRI case review's way through QA, and the
// concerns reviews found, drawn from the reviews the OSRI demo wrote. Most reviews are
// finalized within the seed's 60 days and de-identified within 14; a few run late. The QA
// tracking runs two months past the reviews' end (it is kept as reviews move through QA), so
// the last reviews are still in QA.
import { addDays, type IsoDate } from "../calendar/isoDate.ts";
import { CONCERN_TYPES } from "../catalog/reviewConcerns.ts";
import { toCsv } from "../format/csv.ts";
import type { Random } from "./random.ts";

/** How often a review finds a concern of each type: Safety Issues and placement concerns most. */
const CONCERN_WEIGHTS: Record<string, number> = {
  safety_issue: 4, placement_permanency_wellbeing: 4, insufficient_diligent_efforts: 3, placement_discrepancy: 2, unresolved_policy_violation: 2,
  afcars_issue: 2, tpr_tracking: 1, corporal_punishment_licensure: 1, transitional_living: 1, runaway: 1,
};

function weightedType(random: Random): string {
  const total = Object.values(CONCERN_WEIGHTS).reduce((a, b) => a + b, 0);
  let pick = random.next() * total;
  for (const t of CONCERN_TYPES) if ((pick -= CONCERN_WEIGHTS[t.code]) < 0) return t.code;
  return "safety_issue";
}

/** A date, or empty when it would come after the data's end (the step is still to be done). */
const upTo = (date: IsoDate, through: IsoDate) => (date <= through ? date : "");

export function reviewOperationsDemoFiles(random: Random, osriCasesCsv: string, reviewsThrough: IsoDate) {
  const through = addDays(reviewsThrough, 60);
  const [header, ...lines] = osriCasesCsv.trim().split("\n").map((l) => l.split(","));
  const at = (name: string) => header.indexOf(name);
  const qa: Record<string, string>[] = [];
  const concerns: Record<string, string>[] = [];
  let concernNumber = 0;
  for (const cells of lines) {
    const reviewDate = cells[at("review_date")];
    const region = cells[at("region")];
    const first = addDays(reviewDate, random.integer(1, 5));
    const second = addDays(first, random.integer(3, 12));
    const oversight = addDays(second, random.integer(5, 25));
    const finalized = addDays(reviewDate, random.chance(0.08) ? random.integer(61, 90) : random.integer(35, 60));
    const deidentified = addDays(finalized, random.chance(0.06) ? random.integer(15, 30) : random.integer(2, 14));
    const f = upTo(finalized, through);
    qa.push({
      case_id: cells[at("case_id")],
      region,
      review_date: reviewDate,
      first_qa: upTo(first, through),
      second_qa: upTo(second, through),
      cb_oversight: upTo(oversight, through),
      finalized: f,
      deidentified: f === "" ? "" : upTo(deidentified, through),
    });
    if (random.chance(0.08)) {
      const type = weightedType(random);
      const reported = addDays(reviewDate, random.integer(0, 3));
      const days = type === "safety_issue" ? (random.chance(0.85) ? random.integer(0, 1) : random.integer(2, 4)) : random.chance(0.8) ? random.integer(1, 10) : random.integer(11, 25);
      concerns.push({
        concern_id: `CN-${String(++concernNumber).padStart(5, "0")}`,
        region,
        review_date: reviewDate,
        type,
        reported: upTo(reported, through),
        response: upTo(addDays(reported, days), through),
      });
    }
  }
  return {
    "review-qa.csv": toCsv(qa, ["case_id", "region", "review_date", "first_qa", "second_qa", "cb_oversight", "finalized", "deidentified"]),
    "review-concerns.csv": toCsv(concerns.filter((c) => c.reported !== ""), ["concern_id", "region", "review_date", "type", "reported", "response"]),
  };
}
