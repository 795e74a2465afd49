// `crd ingest`: builds a new warehouse from input files and puts it in place of the old one
// only when all is well. The new warehouse is written to a temporary file beside the old one
// and renamed over it, an atomic step: a failure or a crash at any point before the rename
// leaves the old warehouse as it was, byte for byte.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { openWarehouse } from "../src/warehouse/connection.ts";
import { checkFile, type CheckedFile, type Progress } from "./checkFile.ts";
import { crossFileChecks } from "./crossFileChecks.ts";
import { listInputFiles } from "./inputFiles.ts";
import type { Problem } from "./problem.ts";
import { writeRejects } from "./rejects.ts";
import { summarise, type FileSummary } from "./summary.ts";
import { writeWarehouse } from "./writeWarehouse.ts";

export interface IngestOptions {
  inputs: string[];
  warehouse: string;
  /** Load the valid rows and write the others to rejects files. */
  skipInvalid?: boolean;
  rejectsDirectory?: string;
  progress?: Progress;
}

export interface IngestResult {
  /** True when the new warehouse is in place. */
  written: boolean;
  problems: Problem[];
  summaries: FileSummary[];
  rejectsFiles: string[];
  /** Why nothing was written, in one sentence, when nothing was. */
  refusal: string | null;
  notes: string[];
}

export async function ingest(options: IngestOptions): Promise<IngestResult> {
  const progress = options.progress ?? (() => {});
  const listing = listInputFiles(options.inputs);
  const files: CheckedFile[] = [];
  for (const input of listing.files) {
    progress(`reading ${input.file}`);
    files.push(await checkFile(input.path, input.file, progress));
  }
  crossFileChecks(files);
  const fileProblems = [...listing.problems, ...files.flatMap((f) => f.fileProblems), ...singletonProblems(files)];
  const rowProblems = files.flatMap((f) => (f.type === "table" ? f.rows.flatMap((r) => r.problems) : []));
  const problems = [...fileProblems, ...rowProblems];
  const notes = referenceNotes(files);

  const refuse = (refusal: string): IngestResult => ({
    written: false,
    problems,
    summaries: files.map((f) => summarise(f, false)),
    rejectsFiles: [],
    refusal,
    notes,
  });
  if (problems.some((p) => p.identifying)) return refuse("identifying data was found; nothing was loaded or written");
  if (fileProblems.length > 0) return refuse("some files cannot be loaded as they are; the warehouse is unchanged");
  if (rowProblems.length > 0 && !options.skipInvalid) return refuse("some rows are invalid; the warehouse is unchanged (--skip-invalid loads the valid rows)");
  const summaries = files.map((f) => summarise(f, true));
  if (summaries.every((s) => s.loaded === 0)) return refuse("no row could be loaded; the warehouse is unchanged");

  const rejectsFiles = writeRejects(files, options.rejectsDirectory ?? join(dirname(options.warehouse), "rejects"));
  await replaceWarehouse(options.warehouse, files, summaries);
  return { written: true, problems, summaries, rejectsFiles, refusal: null, notes };
}

function singletonProblems(files: CheckedFile[]): Problem[] {
  const problems: Problem[] = [];
  for (const type of ["pip-plan", "manifest"] as const) {
    const found = files.filter((f) => f.type === type);
    for (const extra of found.slice(1)) {
      problems.push({ file: extra.file, row: null, column: null, reason: `is a second ${type} in this ingest (the first is ${found[0].file}); give one` });
    }
  }
  return problems;
}

function referenceNotes(files: CheckedFile[]): string[] {
  const kinds = new Set(files.map((f) => (f.type === "table" ? f.kind.kind : f.type)));
  const notes: string[] = [];
  if (kinds.has("qsr-cases") && !kinds.has("offices")) notes.push("no office reference list was given: QSR offices were not checked against one");
  if (kinds.has("osri-cases") && !kinds.has("regions")) notes.push("no region reference list was given: OSRI regions were not checked against one");
  return notes;
}

async function replaceWarehouse(target: string, files: CheckedFile[], summaries: FileSummary[]): Promise<void> {
  mkdirSync(dirname(target), { recursive: true });
  removeStaleTemporaries(target);
  const temporary = `${target}.tmp-${process.pid}`;
  rmSync(temporary, { force: true });
  rmSync(`${temporary}.wal`, { force: true });
  const warehouse = await openWarehouse(temporary, { readOnly: false });
  try {
    await writeWarehouse(warehouse.connection, files, summaries);
    // Everything into the database file itself, so that the rename moves the whole warehouse.
    await warehouse.connection.run("CHECKPOINT");
  } catch (error) {
    warehouse.close();
    rmSync(temporary, { force: true });
    rmSync(`${temporary}.wal`, { force: true });
    throw error;
  }
  warehouse.close();
  renameSync(temporary, target);
}

/** Temporary warehouses left by an ingest that was killed before its rename. */
function removeStaleTemporaries(target: string) {
  const directory = dirname(target);
  if (!existsSync(directory)) return;
  const prefix = `${basename(target)}.tmp-`;
  for (const name of readdirSync(directory)) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).replace(/\.wal$/, ""));
    if (!Number.isInteger(pid) || !processIsAlive(pid)) rmSync(join(directory, name), { force: true });
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
