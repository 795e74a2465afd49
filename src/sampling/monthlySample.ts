// One region review month's sample, as the QA unit defends it to the Children's Bureau: the
// frames and their automatic eliminations (frames.ts), cases already selected in an earlier
// monthly sample of the measurement period, the random draw with its worker cap (draw.ts),
// the worksheet's eliminations and replacements, and the three files the contract names:
// sample.csv, eliminations.csv and sample-log.json (every parameter and input hash, so that
// the log alone is enough to draw it again). No clock, no absolute path: same inputs, same bytes.
import { parseIsoDate, type IsoDate } from "../calendar/isoDate.ts";
import { CASES_PER_REGION_REVIEW, type ScheduledRegion } from "../catalog/reviewSchedule.ts";
import { toCsv } from "../format/csv.ts";
import { reviewMonthSchedule, samplePeriod } from "../pip/reviewSchedule.ts";
import type { FosterCareEpisodeRow, HouseholdChildRow, InHomeCaseRow } from "../schemas/universe.ts";
import { drawSample, type CaseType, type WorksheetEntry } from "./draw.ts";
import { eliminationReason } from "./eliminationReasons.ts";
import { fosterCareFrame, inHomeFrame, inHomeSampleEnd, type Eliminated, type FrameCase } from "./frames.ts";

export const DEFAULT_WORKER_CAP = 3;

export interface SampleParameters {
  regions: string[];
  /** YYYY-MM */
  reviewMonth: string;
  reviewDate: IsoDate;
  seed: number;
  baseline: boolean;
  workerCap: number;
}

export interface SampleInputs {
  fosterCare: readonly FosterCareEpisodeRow[];
  inHome: readonly InHomeCaseRow[];
  household: readonly HouseholdChildRow[];
  /** Case ids selected for review in earlier monthly samples of the measurement period. */
  selectedEarlier: ReadonlySet<string>;
  worksheet: readonly WorksheetEntry[];
  schedule: readonly ScheduledRegion[];
  /** What the log says of each input file: name, kind, rows, SHA-256. */
  files: readonly { file: string; kind: string; rows: number; sha256: string }[];
}

export interface SampleFiles {
  "sample.csv": string;
  "eliminations.csv": string;
  "sample-log.json": string;
}

const TYPES: readonly CaseType[] = ["foster_care", "in_home"];

export function monthlySample(params: SampleParameters, inputs: SampleInputs): SampleFiles {
  const [year, month] = params.reviewMonth.split("-").map(Number);
  const period = samplePeriod(year, month);
  const dates = { sampleStart: period.start, sampleEnd: period.end, reviewDate: params.reviewDate };
  const regions = new Set(params.regions.map((r) => r.toUpperCase()));
  const inRegion = <T extends { region: string }>(rows: readonly T[]) => rows.filter((r) => regions.has(r.region.toUpperCase()));
  // Household children's custody is looked up across the state: a child may be in care elsewhere.
  const frames = {
    foster_care: fosterCareFrame(inRegion(inputs.fosterCare), dates),
    in_home: inHomeFrame(inRegion(inputs.inHome), inputs.household, inputs.fosterCare, dates),
  };
  const eliminated: (Eliminated & { source: "automatic" | "worksheet"; replacedBy: string | null; note: string | null })[] = [];
  for (const type of TYPES) eliminated.push(...frames[type].eliminated.map((e) => ({ ...e, source: "automatic" as const, replacedBy: null, note: null })));
  const drawable: Record<CaseType, FrameCase[]> = { foster_care: [], in_home: [] };
  for (const type of TYPES) {
    for (const c of frames[type].cases) {
      if (inputs.selectedEarlier.has(c.caseId)) eliminated.push({ caseId: c.caseId, caseType: type, reasonCode: "selected_earlier", source: "automatic", replacedBy: null, note: null });
      else drawable[type].push(c);
    }
  }
  // Review cases from the review schedule: 15 foster care and 10 in-home a region review, and
  // March and June review two regions (seed 004's table: 20 (16) and 30 (24)).
  const schedule = reviewMonthSchedule(year, month, inputs.schedule, null);
  const regionReviews = Math.max(1, schedule.regions.length);
  const reviewCases = { foster_care: CASES_PER_REGION_REVIEW.measurement.fosterCare * regionReviews, in_home: CASES_PER_REGION_REVIEW.measurement.inHome * regionReviews };
  const baselineCases = params.baseline ? { foster_care: CASES_PER_REGION_REVIEW.baseline.fosterCare * regionReviews, in_home: CASES_PER_REGION_REVIEW.baseline.inHome * regionReviews } : null;
  const draw = drawSample(drawable, { seed: params.seed, reviewCases, baselineCases, workerCap: params.workerCap, worksheet: inputs.worksheet });
  for (const { entry, caseType, replacedBy } of draw.replacements) {
    eliminated.push({ caseId: entry.caseId, caseType, reasonCode: entry.reasonCode, source: "worksheet", replacedBy, note: entry.note || null });
  }

  const sampleRows = draw.rows.map((r) => ({
    order: r.order,
    case_id: r.caseId,
    case_type: r.caseType,
    role: r.role,
    county: r.county,
    // The worker's pseudonymous key: the cap of review cases per worker can be checked.
    worker_key: r.workerKey,
    replaced_by: r.replacedBy ?? "",
    replaces: r.replaces ?? "",
    eliminated: r.eliminated ?? "",
    ...(params.baseline ? { baseline_sample: r.baselineSample ? "yes" : "no" } : {}),
  }));
  const columns = ["order", "case_id", "case_type", "role", "county", "worker_key", "replaced_by", "replaces", "eliminated", ...(params.baseline ? ["baseline_sample"] : [])];
  const eliminationRows = eliminated.map((e) => ({
    case_id: e.caseId,
    case_type: e.caseType,
    reason_code: e.reasonCode,
    reason: eliminationReason(e.reasonCode)?.reason ?? e.reasonCode,
    source: e.source,
    replaced_by: e.replacedBy ?? "",
    note: e.note ?? "",
  }));
  const byReason: Record<string, number> = {};
  for (const e of eliminated) byReason[e.reasonCode] = (byReason[e.reasonCode] ?? 0) + 1;
  const count = (type: CaseType, role: string) => draw.rows.filter((r) => r.caseType === type && r.role === role && r.eliminated === null).length;
  const log = {
    generatedBy: "crd sample",
    parameters: { ...params, regions: [...regions] },
    reviewSchedule: { regionsReviewedInMonth: schedule.regions, reviewCases, baselineCases },
    samplePeriod: { start: period.start, end: period.end, inHomeEnd: inHomeSampleEnd(period.end) },
    periodUnderReview: { start: period.start, end: params.reviewDate },
    inputs: inputs.files,
    selectedEarlier: inputs.selectedEarlier.size,
    frames: Object.fromEntries(
      TYPES.map((type) => [
        type,
        {
          inFrame: frames[type].cases.length + frames[type].eliminated.length,
          eliminatedAutomatically: eliminated.filter((e) => e.caseType === type && e.source === "automatic").length,
          drawn: drawable[type].length,
          review: count(type, "review"),
          oversample: count(type, "oversample"),
          shortOfReviewCases: draw.shortfall[type],
        },
      ]),
    ),
    eliminationsByReason: Object.fromEntries(Object.entries(byReason).sort(([a], [b]) => a.localeCompare(b))),
  };
  return {
    "sample.csv": toCsv(sampleRows, columns),
    "eliminations.csv": toCsv(eliminationRows, ["case_id", "case_type", "reason_code", "reason", "source", "replaced_by", "note"]),
    "sample-log.json": `${JSON.stringify(log, null, 2)}\n`,
  };
}

/** True when the review date lies in the review month. */
export function reviewDateInMonth(reviewMonth: string, reviewDate: IsoDate): boolean {
  const parts = parseIsoDate(reviewDate);
  return parts !== null && `${parts.year}-${String(parts.month).padStart(2, "0")}` === reviewMonth;
}
