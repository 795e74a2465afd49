// Drawing a month's sample from its frames (seed 004): "A random number is assigned to each
// record each time a sample is pulled. The results are sorted based on this random number to
// determine the sample order." The review cases are the first of that order, with no more than
// a few cases of one worker (seed 004: "no more than 2-3 cases from the same worker in the review
// sample"); the rest, in order, are the oversample list. A case eliminated on the worksheet
// is "replaced by the next case of the appropriate case type on the oversample list". Same
// frames and seed, same sample.
import { Random } from "../demo/random.ts";
import type { FrameCase } from "./frames.ts";

export type CaseType = "foster_care" | "in_home";

export interface SampleRow {
  /** Position in the random order, 1..n within the case type. */
  order: number;
  caseId: string;
  caseType: CaseType;
  role: "review" | "oversample";
  county: string;
  workerKey: string;
  /** The case that took this one's place, when the worksheet eliminated it. */
  replacedBy: string | null;
  /** The case this one replaced (it was promoted from the oversample list). */
  replaces: string | null;
  /** The worksheet's reason code, when the worksheet eliminated it. */
  eliminated: string | null;
  /** With --baseline: one of the review cases drawn to form the PIP baseline. */
  baselineSample: boolean | null;
}

export interface WorksheetEntry {
  caseId: string;
  reasonCode: string;
  note: string;
}

export interface DrawOptions {
  seed: number;
  reviewCases: Record<CaseType, number>;
  /** With --baseline: how many of the review cases of each type form the baseline. */
  baselineCases: Record<CaseType, number> | null;
  workerCap: number;
  worksheet: readonly WorksheetEntry[];
}

export interface Draw {
  rows: SampleRow[];
  /** Worksheet entries with the replacement each got (null: none was left). */
  replacements: { entry: WorksheetEntry; caseType: CaseType; replacedBy: string | null }[];
  /** Review cases a type lacks because its frame (within the worker cap) was too small. */
  shortfall: Record<CaseType, number>;
}

export class WorksheetProblem extends Error {}

const TYPES: readonly CaseType[] = ["foster_care", "in_home"];

export function drawSample(frames: Record<CaseType, readonly FrameCase[]>, options: DrawOptions): Draw {
  const random = new Random(options.seed);
  // The frame in a fixed order first (by case id), so that the random numbers go to the same
  // cases whatever order the universe's rows came in.
  const ordered: Record<CaseType, FrameCase[]> = { foster_care: [], in_home: [] };
  for (const type of TYPES) {
    const keyed = [...frames[type]].sort((a, b) => a.caseId.localeCompare(b.caseId)).map((c) => ({ c, key: random.next() }));
    ordered[type] = keyed.sort((a, b) => a.key - b.key || a.c.caseId.localeCompare(b.c.caseId)).map((k) => k.c);
  }
  const perWorker = new Map<string, number>();
  const rows: SampleRow[] = [];
  const shortfall: Record<CaseType, number> = { foster_care: 0, in_home: 0 };
  for (const type of TYPES) {
    let review = 0;
    ordered[type].forEach((c, index) => {
      const underCap = (perWorker.get(c.workerKey) ?? 0) < options.workerCap;
      const isReview = review < options.reviewCases[type] && underCap;
      if (isReview) {
        review++;
        perWorker.set(c.workerKey, (perWorker.get(c.workerKey) ?? 0) + 1);
      }
      rows.push({ order: index + 1, caseId: c.caseId, caseType: type, role: isReview ? "review" : "oversample", county: c.county, workerKey: c.workerKey, replacedBy: null, replaces: null, eliminated: null, baselineSample: null });
    });
    shortfall[type] = Math.max(0, options.reviewCases[type] - review);
  }
  if (options.baselineCases) {
    for (const type of TYPES) {
      // The baseline cases are drawn from the review cases with the same seed's next numbers.
      const reviewRows = rows.filter((r) => r.caseType === type && r.role === "review");
      const keyed = reviewRows.map((r) => ({ r, key: random.next() })).sort((a, b) => a.key - b.key);
      const marked = new Set(keyed.slice(0, options.baselineCases[type]).map((k) => k.r));
      for (const r of reviewRows) r.baselineSample = marked.has(r);
    }
    for (const r of rows) if (r.baselineSample === null) r.baselineSample = false;
  }
  const replacements: Draw["replacements"] = [];
  const byId = new Map(rows.map((r) => [r.caseId, r]));
  for (const entry of options.worksheet) {
    const row = byId.get(entry.caseId);
    if (!row) throw new WorksheetProblem(`case ${entry.caseId} is not in this month's sample`);
    if (row.eliminated) throw new WorksheetProblem(`case ${entry.caseId} is on the worksheet twice`);
    row.eliminated = entry.reasonCode;
    // An oversample case eliminated needs no replacement: it was not to be reviewed.
    if (row.role !== "review") {
      replacements.push({ entry, caseType: row.caseType, replacedBy: null });
      continue;
    }
    perWorker.set(row.workerKey, (perWorker.get(row.workerKey) ?? 1) - 1);
    // The next case of the same type on the oversample list, within the worker cap.
    const next = rows.find((r) => r.caseType === row.caseType && r.role === "oversample" && r.eliminated === null && (perWorker.get(r.workerKey) ?? 0) < options.workerCap);
    if (next) {
      next.role = "review";
      next.replaces = row.caseId;
      next.baselineSample = row.baselineSample;
      perWorker.set(next.workerKey, (perWorker.get(next.workerKey) ?? 0) + 1);
      row.replacedBy = next.caseId;
    } else shortfall[row.caseType] += 1;
    replacements.push({ entry, caseType: row.caseType, replacedBy: next?.caseId ?? null });
  }
  return { rows, replacements, shortfall };
}
