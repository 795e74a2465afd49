// Reads one input file and checks everything that can be checked within it: that it can be
// read, what kind it is, its header, every cell of every row, and identifying data.
import { extname } from "node:path";
import { readFileSync } from "node:fs";
import { checkRow, columnNames, type TabularKind } from "../src/schemas/inputKind.ts";
import { checkPipPlan, looksLikePipPlan, type PipPlan } from "../src/schemas/pipPlan.ts";
import { datasetManifestSchema, looksLikeDatasetManifest, type DatasetManifest } from "../src/schemas/datasetManifest.ts";
import { identifyingColumns, identifyingValues } from "./identifying.ts";
import { UnreadableFile, type Problem } from "./problem.ts";
import type { RawTable } from "./rawTable.ts";
import { readCsv } from "./readCsv.ts";
import { readXlsx } from "./readXlsx.ts";
import { normaliseColumnName, recogniseKind } from "./recogniseKind.ts";

export interface CheckedRow {
  row: number;
  cells: string[];
  /** The validated row, or null when it has problems. */
  value: unknown;
  problems: Problem[];
}

export type CheckedFile =
  | { type: "table"; file: string; kind: TabularKind; header: string[]; rows: CheckedRow[]; fileProblems: Problem[]; encoding?: RawTable["encoding"] }
  | { type: "pip-plan"; file: string; plan: PipPlan | null; fileProblems: Problem[] }
  | { type: "manifest"; file: string; manifest: DatasetManifest | null; fileProblems: Problem[] }
  | { type: "unreadable"; file: string; fileProblems: Problem[] };

export const INPUT_EXTENSIONS = [".csv", ".xlsx", ".json"];

export type Progress = (message: string) => void;

const PROGRESS_EVERY = 50_000;

/** `kinds`: the tabular kinds the file may be; ingest's, unless crd sample reads its case universe. */
export async function checkFile(path: string, file: string, progress: Progress = () => {}, kinds?: readonly TabularKind[]): Promise<CheckedFile> {
  try {
    const extension = extname(path).toLowerCase();
    if (extension === ".json") return checkJson(path, file);
    const table = extension === ".xlsx" ? await readXlsx(path, file) : readCsv(path, file);
    return checkTable(table, file, progress, kinds);
  } catch (error) {
    if (error instanceof UnreadableFile) return { type: "unreadable", file, fileProblems: [error.problem] };
    throw error;
  }
}

function checkTable(table: RawTable, file: string, progress: Progress, kinds?: readonly TabularKind[]): CheckedFile {
  const recognition = recogniseKind(table.header, file, kinds);
  if (!recognition.ok) return { type: "unreadable", file, fileProblems: recognition.problems };
  const { kind, columnIndex } = recognition;
  const header = table.header.map(normaliseColumnName);
  const declared = new Set(columnNames(kind));
  const fileProblems = [...identifyingColumns(header, declared, file), ...recognition.problems];
  if (table.rows.length === 0) fileProblems.push({ file, row: null, column: null, reason: "has a header but no rows" });
  const wanted = columnNames(kind).filter((name) => columnIndex.has(name));
  // A column missing from the header is reported once there, not again on every row.
  const missing = new Set(columnNames(kind).filter((name) => !columnIndex.has(name)));
  const rows: CheckedRow[] = [];
  for (const raw of table.rows) {
    const problems = identifyingValues(header, raw.cells, raw.row, file);
    if (raw.cells.length !== header.length) {
      problems.push({ file, row: raw.row, column: null, reason: `has ${raw.cells.length} cells but the header has ${header.length} columns` });
    }
    const cells: Record<string, string> = {};
    for (const name of wanted) cells[name] = raw.cells[columnIndex.get(name)!] ?? "";
    const check = checkRow(kind, cells);
    if (!check.ok) {
      // A cell refused as identifying is not checked further: the schema's message would quote it.
      const identifying = new Set(problems.filter((p) => p.identifying).map((p) => p.column));
      for (const p of check.problems) {
        if (missing.has(p.column) || identifying.has(p.column)) continue;
        problems.push({ file, row: raw.row, column: p.column || null, reason: p.reason, value: cells[p.column] });
      }
    }
    rows.push({ row: raw.row, cells: raw.cells, value: check.ok && problems.length === 0 ? check.value : null, problems });
    if (rows.length % PROGRESS_EVERY === 0) progress(`${file}: ${rows.length.toLocaleString("en-US")} of ${table.rows.length.toLocaleString("en-US")} rows checked`);
  }
  return { type: "table", file, kind, header, rows, fileProblems, encoding: table.encoding };
}

function checkJson(path: string, file: string): CheckedFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    return { type: "unreadable", file, fileProblems: [{ file, row: null, column: null, reason: `is not valid JSON (${(error as Error).message})` }] };
  }
  if (looksLikePipPlan(json)) {
    const check = checkPipPlan(json);
    return check.ok
      ? { type: "pip-plan", file, plan: check.plan, fileProblems: [] }
      : { type: "pip-plan", file, plan: null, fileProblems: check.problems.map((p) => ({ file, row: null, column: p.path, reason: p.reason })) };
  }
  if (looksLikeDatasetManifest(json)) {
    const result = datasetManifestSchema.safeParse(json);
    return result.success
      ? { type: "manifest", file, manifest: result.data, fileProblems: [] }
      : {
          type: "manifest",
          file,
          manifest: null,
          fileProblems: result.error.issues.map((i) => ({ file, row: null, column: i.path.join(".") || null, reason: i.message })),
        };
  }
  return {
    type: "unreadable",
    file,
    fileProblems: [{ file, row: null, column: null, reason: "is JSON but neither a PIP plan (baseline, items, ...) nor a dataset manifest (dataset, synthetic)" }],
  };
}
