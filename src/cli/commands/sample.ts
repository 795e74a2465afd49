// crd sample --region R --review-month YYYY-MM --review-date YYYY-MM-DD --seed N --universe DIR
//   --out DIR [--eliminations FILE] [--previous DIR] [--baseline] [--worker-cap N] [--regions FILE]
// crd sample --reasons
// Draws a region review month's sample from the case universe (src/sampling). The universe is
// operational data: read here, never loaded into the warehouse, never echoed in a message.
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { readCsv } from "../../../loaders/readCsv.ts";
import { readTables, readUniverse, sha256 } from "../../../loaders/readUniverse.ts";
import { problemReport } from "../../../loaders/problemReport.ts";
import { isIsoDate } from "../../calendar/isoDate.ts";
import { SEED_REVIEW_SCHEDULE, type ScheduledRegion } from "../../catalog/reviewSchedule.ts";
import { WorksheetProblem } from "../../sampling/draw.ts";
import { ELIMINATION_REASONS } from "../../sampling/eliminationReasons.ts";
import { DEFAULT_WORKER_CAP, monthlySample, reviewDateInMonth } from "../../sampling/monthlySample.ts";
import { regions as regionKind, type RegionRow } from "../../schemas/reference.ts";
import { eliminationWorksheet, type WorksheetRow } from "../../schemas/universe.ts";
import { EXIT_DATA, EXIT_OK, UsageError } from "../usage.ts";

const err = (line: string) => process.stderr.write(`${line}\n`);

/** Every sample.csv below a folder, in name order. */
function sampleFiles(directory: string): string[] {
  return readdirSync(directory)
    .sort()
    .flatMap((name) => {
      const path = join(directory, name);
      return statSync(path).isDirectory() ? sampleFiles(path) : name === "sample.csv" ? [path] : [];
    });
}

/** Cases an earlier monthly sample selected for review (and did not eliminate). */
function selectedIn(path: string): string[] {
  const table = readCsv(path, path);
  const at = (name: string) => table.header.indexOf(name);
  return table.rows.filter((r) => r.cells[at("role")] === "review" && !r.cells[at("eliminated")]).map((r) => r.cells[at("case_id")]);
}

export async function runSample(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      region: { type: "string" },
      "review-month": { type: "string" },
      "review-date": { type: "string" },
      seed: { type: "string" },
      universe: { type: "string" },
      out: { type: "string" },
      eliminations: { type: "string" },
      previous: { type: "string" },
      baseline: { type: "boolean", default: false },
      "worker-cap": { type: "string" },
      regions: { type: "string" },
      reasons: { type: "boolean", default: false },
      db: { type: "string" },
    },
  });
  if (values.reasons) {
    for (const r of ELIMINATION_REASONS) process.stdout.write(`${r.code.padEnd(40)} ${r.automatic ? "(automatic) " : ""}${r.reason}\n`);
    return EXIT_OK;
  }
  for (const name of ["region", "review-month", "review-date", "seed", "universe", "out"] as const) {
    if (values[name] === undefined) throw new UsageError(`--${name} is required`);
  }
  const reviewMonth = values["review-month"]!;
  const reviewDate = values["review-date"]!;
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(reviewMonth)) throw new UsageError(`--review-month must be YYYY-MM, not ${JSON.stringify(reviewMonth)}`);
  if (!isIsoDate(reviewDate) || !reviewDateInMonth(reviewMonth, reviewDate)) throw new UsageError(`--review-date must be a date YYYY-MM-DD in ${reviewMonth}, not ${JSON.stringify(reviewDate)}`);
  if (!/^\d+$/.test(values.seed!)) throw new UsageError(`--seed must be a whole number, not ${JSON.stringify(values.seed)}`);
  const workerCap = values["worker-cap"] === undefined ? Number(process.env.CRD_WORKER_CAP || DEFAULT_WORKER_CAP) : Number(values["worker-cap"]);
  if (!Number.isInteger(workerCap) || workerCap < 1) throw new UsageError(`--worker-cap (or CRD_WORKER_CAP) must be a whole number of 1 or more`);
  const regions = values.region!.split(",").map((r) => r.trim()).filter(Boolean);

  const { universe, inputs, problems } = await readUniverse(values.universe!);
  let worksheet: WorksheetRow[] = [];
  let schedule: readonly ScheduledRegion[] = SEED_REVIEW_SCHEDULE;
  const files = [...inputs];
  if (values.eliminations) {
    const read = await readTables([values.eliminations], [eliminationWorksheet], "the worksheet");
    problems.push(...read.problems);
    worksheet = (read.rows.get("elimination-worksheet") ?? []) as WorksheetRow[];
    files.push(...read.inputs);
  }
  if (values.regions) {
    const read = await readTables([values.regions], [regionKind], "the region list");
    problems.push(...read.problems);
    schedule = ((read.rows.get("regions") ?? []) as RegionRow[]).map((r) => ({ region: r.region.toUpperCase(), reviewMonth: r.review_month, metro: r.metro }));
    files.push(...read.inputs);
  }
  const selectedEarlier = new Set<string>();
  if (values.previous) {
    if (!existsSync(values.previous)) throw new UsageError(`--previous ${values.previous} does not exist`);
    for (const path of sampleFiles(values.previous)) {
      for (const id of selectedIn(path)) selectedEarlier.add(id);
      files.push({ file: `previous/${basename(join(path, ".."))}/sample.csv`, kind: "previous sample", rows: 0, sha256: sha256(path) });
    }
  }
  if (problems.length > 0 || !universe) {
    for (const line of problemReport(problems)) err(line);
    err("crd sample: the universe or a file given with it cannot be used as it is; nothing was written");
    return EXIT_DATA;
  }
  let output;
  try {
    output = monthlySample(
      { regions, reviewMonth, reviewDate, seed: Number(values.seed), baseline: values.baseline!, workerCap },
      { ...universe, selectedEarlier, worksheet: worksheet.map((w) => ({ caseId: w.case_id, reasonCode: w.reason_code, note: w.note ?? "" })), schedule, files },
    );
  } catch (error) {
    if (error instanceof WorksheetProblem) {
      err(`${values.eliminations}: ${error.message}; nothing was written`);
      return EXIT_DATA;
    }
    throw error;
  }
  mkdirSync(values.out!, { recursive: true });
  for (const [name, text] of Object.entries(output)) writeFileSync(join(values.out!, name), text);
  const log = JSON.parse(output["sample-log.json"]);
  for (const [type, f] of Object.entries(log.frames) as [string, Record<string, number>][]) {
    process.stdout.write(`${type.replace("_", " ")}: ${f.inFrame} in the frame, ${f.eliminatedAutomatically} eliminated automatically, ${f.review} to review, ${f.oversample} on the oversample list${f.shortOfReviewCases ? `, ${f.shortOfReviewCases} short of the schedule` : ""}\n`);
  }
  process.stdout.write(`sample written to ${values.out}: sample.csv, eliminations.csv, sample-log.json\n`);
  return EXIT_OK;
}
