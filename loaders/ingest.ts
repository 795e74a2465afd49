// `crd ingest`: builds a new warehouse from input files and puts it in place of the old one
// only when all is well. The new warehouse is written to a temporary file beside the old one
// and renamed over it, an atomic step: a failure or a crash at any point before the rename
// leaves the old warehouse as it was, byte for byte.
import { dirname, join } from "node:path";
import { tryBulkIngest } from "./bulk/bulkIngest.ts";
import { checkFile, type CheckedFile, type Progress } from "./checkFile.ts";
import { crossFileChecks, referenceNotes, singletonProblems } from "./crossFileChecks.ts";
import { listInputFiles } from "./inputFiles.ts";
import type { Problem } from "./problem.ts";
import { writeRejects } from "./rejects.ts";
import { summarise, type FileSummary } from "./summary.ts";
import { replaceWarehouse } from "./replaceWarehouse.ts";
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
  /** How the rows were checked: in DuckDB over whole files, or row by row (see loaders/bulk). */
  method: "bulk" | "row-by-row";
  /** Why nothing was written, in one sentence, when nothing was. */
  refusal: string | null;
  notes: string[];
}

export async function ingest(options: IngestOptions): Promise<IngestResult> {
  const progress = options.progress ?? (() => {});
  const listing = listInputFiles(options.inputs);
  // Case ratings in plain CSV go through DuckDB when every check passes there; anything it
  // cannot vouch for is read row by row below, which names every problem precisely.
  if (listing.problems.length === 0 && process.env.CRD_ROW_BY_ROW !== "1") {
    const bulk = await tryBulkIngest(options, listing.files, progress);
    if (bulk) return bulk;
  }
  const files: CheckedFile[] = [];
  for (const input of listing.files) {
    progress(`reading ${input.file}`);
    files.push(await checkFile(input.path, input.file, progress));
  }
  crossFileChecks(files);
  const fileProblems = [...listing.problems, ...files.flatMap((f) => f.fileProblems), ...singletonProblems(files)];
  const rowProblems = files.flatMap((f) => (f.type === "table" ? f.rows.flatMap((r) => r.problems) : []));
  const problems = [...fileProblems, ...rowProblems];
  const notes = referenceNotes(new Set(files.map((f) => (f.type === "table" ? f.kind.kind : f.type))));

  const refuse = (refusal: string): IngestResult => ({
    written: false,
    problems,
    summaries: files.map((f) => summarise(f, false)),
    rejectsFiles: [],
    method: "row-by-row",
    refusal,
    notes,
  });
  if (problems.some((p) => p.identifying)) return refuse("identifying data was found; nothing was loaded or written");
  if (fileProblems.length > 0) return refuse("some files cannot be loaded as they are; the warehouse is unchanged");
  if (rowProblems.length > 0 && !options.skipInvalid) return refuse("some rows are invalid; the warehouse is unchanged (--skip-invalid loads the valid rows)");
  const summaries = files.map((f) => summarise(f, true));
  if (summaries.every((s) => s.loaded === 0)) return refuse("no row could be loaded; the warehouse is unchanged");

  const rejectsFiles = writeRejects(files, options.rejectsDirectory ?? join(dirname(options.warehouse), "rejects"));
  await replaceWarehouse(options.warehouse, async (connection) => {
    await writeWarehouse(connection, files, summaries);
    return true;
  });
  return { written: true, problems, summaries, rejectsFiles, method: "row-by-row", refusal: null, notes };
}
