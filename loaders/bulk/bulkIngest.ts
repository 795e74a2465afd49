// The bulk path of `crd ingest`: case ratings in plain CSV are read by DuckDB's CSV reader and
// checked in SQL, column by column over all rows at once, instead of one row at a time in
// JavaScript (a national dataset is 300,000 cases: minutes and gigabytes row by row, seconds
// here). It vouches for a load only when every check passes; the moment anything does not —
// a cell, a duplicate, a file DuckDB cannot read, identifying data — it gives up and returns
// null, and the row-by-row path reads everything again and names each problem precisely.
// So the bulk path changes how fast a good load is, never what is accepted.
import { closeSync, openSync, readSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { columnNames } from "../../src/schemas/inputKind.ts";
import { checkFile, type CheckedFile, type Progress } from "../checkFile.ts";
import { crossFileChecks, referenceNotes, singletonProblems } from "../crossFileChecks.ts";
import { identifyingValues } from "../identifying.ts";
import type { IngestOptions, IngestResult } from "../ingest.ts";
import type { InputFile } from "../inputFiles.ts";
import { normaliseColumnName, recogniseKind } from "../recogniseKind.ts";
import { replaceWarehouse } from "../replaceWarehouse.ts";
import { writeRejects } from "../rejects.ts";
import { summarise, type FileSummary } from "../summary.ts";
import { writeWarehouse } from "../writeWarehouse.ts";
import { BULK_CROSS_CHECKS, BULK_KINDS, stagedView, type BulkKind } from "./bulkKinds.ts";
import { quoteIdentifier, quoteText } from "./cellSql.ts";

/** The in-memory database the files are read into before their rows are checked. */
const STAGING = "bulk_staging";
const stagedTable = (index: number) => `${STAGING}.bulk_stage_${index}`;

interface BulkFile {
  input: InputFile;
  kind: BulkKind;
  header: string[];
}

export async function tryBulkIngest(options: IngestOptions, inputs: InputFile[], progress: Progress): Promise<IngestResult | null> {
  const bulk: BulkFile[] = [];
  const small: InputFile[] = [];
  for (const input of inputs) {
    const found = bulkFile(input);
    if (found === "decline") return null;
    if (found) bulk.push(found);
    else small.push(input);
  }
  if (bulk.length === 0) return null;

  // Reference lists, plans and SIP files are small: they are read row by row as always.
  const files: CheckedFile[] = [];
  for (const input of small) {
    progress(`reading ${input.file}`);
    files.push(await checkFile(input.path, input.file, progress));
  }
  crossFileChecks(files, new Set(bulk.map((f) => f.kind.kind)));
  const problems = [...files.flatMap((f) => f.fileProblems), ...singletonProblems(files), ...files.flatMap((f) => (f.type === "table" ? f.rows.flatMap((r) => r.problems) : []))];
  if (problems.length > 0) return null;

  const counts = new Map<BulkFile, number>();
  let summaries: FileSummary[] = [];
  const written = await replaceWarehouse(options.warehouse, async (connection, connect) => {
    // The files are read at the same time, each on a connection of its own: DuckDB reads a CSV
    // file on one core (0.3-0.4 s of a national ingest). Staged in memory, where every
    // connection sees them (a temporary table is its connection's alone).
    await connection.run(`ATTACH ':memory:' AS ${STAGING}`);
    const staged = await together(
      bulk.map(async (file, index) => {
        progress(`reading ${file.input.file}`);
        return stage(await connect(), file, stagedTable(index));
      }),
    );
    for (const [index, rows] of staged.entries()) {
      if (rows === null) return false;
      counts.set(bulk[index], rows);
    }
    summaries = summariesInOrder(inputs, files, bulk, counts);
    await writeWarehouse(connection, files, summaries);
    // QSR and OSRI cases go into tables of their own: loaded at the same time, each on a
    // connection of its own (the inserts keep a core each busy for about a third of a second).
    await together(
      Object.values(BULK_KINDS).map(async (kind) => {
        const tables = bulk.flatMap((f, index) => (f.kind === kind ? [stagedTable(index)] : []));
        if (tables.length === 0) return;
        progress(`loading ${kind.kind} into the warehouse`);
        const loading = await connect();
        const view = `${STAGING}.bulk_${kind.kind.replace("-", "_")}`;
        await loading.run(`CREATE VIEW ${view} AS ${stagedView(kind, tables)}`);
        for (const statement of kind.insert(view)) await loading.run(statement);
      }),
    );
    progress("checking across files");
    for (const check of BULK_CROSS_CHECKS) {
      if ((await count(connection, check.sql)) > 0) return false;
    }
    progress("checking free text for identifying data");
    if (await holdsIdentifyingText(connection, bulk)) return false;
    await connection.run(`DETACH ${STAGING}`);
    progress("writing the warehouse file");
    return true;
  });
  if (!written) return null;
  const rejectsFiles = writeRejects(files, options.rejectsDirectory ?? join(dirname(options.warehouse), "rejects"));
  return { written: true, problems: [], summaries, rejectsFiles, method: "bulk", refusal: null, notes: referenceNotes(new Set(summaries.map((s) => s.kind))) };
}

/** A CSV of case ratings whose header is exactly the kind's columns; null for other files. */
function bulkFile(input: InputFile): BulkFile | null | "decline" {
  if (extname(input.path).toLowerCase() !== ".csv") return null;
  const header = firstLine(input.path);
  if (header === null) return null;
  const recognition = recogniseKind(header, input.file);
  if (!recognition.ok) return null;
  const kind = BULK_KINDS[recognition.kind.kind];
  if (!kind) return null;
  // Case ratings the bulk path cannot read as they are (x_ columns, a misspelled or missing
  // column) mean the whole ingest goes row by row, so that one path sees every case.
  const names = header.map(normaliseColumnName);
  const declared = new Set(columnNames(recognition.kind));
  if (recognition.problems.length > 0 || names.some((n) => !declared.has(n)) || new Set(names).size !== names.length) return "decline";
  return { input, kind, header: names };
}

/** The header line, when it is plain: no quotes, valid UTF-8, within the first 64 KB. */
function firstLine(path: string): string[] | null {
  const buffer = Buffer.alloc(65536);
  const descriptor = openSync(path, "r");
  const length = readSync(descriptor, buffer, 0, buffer.length, 0);
  closeSync(descriptor);
  const end = buffer.subarray(0, length).indexOf(0x0a);
  if (end < 0) return null;
  let line: string;
  try {
    line = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(buffer.subarray(0, end));
  } catch {
    return null;
  }
  line = line.replace(/\r$/, "");
  if (line.includes('"')) return null;
  return line.split(",").map((name) => name.trim());
}

/** Reads a file into a staging table of text; null when DuckDB cannot read it or a row fails. */
async function stage(connection: DuckDBConnection, file: BulkFile, table: string): Promise<number | null> {
  const columns = `{${file.header.map((name) => `${quoteText(name)}: 'VARCHAR'`).join(", ")}}`;
  try {
    // strict_mode: a row with a cell too many or too few, or a quote left open, is an error
    // here (and then the row-by-row path names its line); no type sniffing, all text.
    await connection.run(
      `CREATE TABLE ${table} AS SELECT * FROM read_csv(${quoteText(file.input.path)},
         header = true, auto_detect = false, columns = ${columns}, delim = ',', quote = '"', escape = '"',
         strict_mode = true, null_padding = false, ignore_errors = false, parallel = true)`,
    );
  } catch {
    return null;
  }
  // An optional column the file leaves out is empty in every row, as the row-by-row reader takes it.
  for (const column of file.kind.optionalColumns.filter((c) => !file.header.includes(c))) {
    await connection.run(`ALTER TABLE ${table} ADD COLUMN ${quoteIdentifier(column)} VARCHAR`);
  }
  const checks = await connection.runAndReadAll(`SELECT CAST(count(*) AS INTEGER), CAST(count(*) FILTER (WHERE NOT (${file.kind.validRow})) AS INTEGER) FROM ${table}`);
  const [rows, invalid] = checks.getRows()[0] as [number, number];
  return invalid === 0 && rows > 0 ? rows : null;
}

/**
 * Work on several connections at once, all of it ended before this returns: on a failure the
 * warehouse is closed and thrown away, which must not happen under a query still running.
 */
async function together<T>(work: Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(work);
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
  if (failed) throw failed.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<T>).value);
}

async function count(connection: DuckDBConnection, sql: string): Promise<number> {
  const result = await connection.runAndReadAll(`SELECT CAST((${sql}) AS BIGINT)`);
  return Number(result.getRows()[0][0]);
}

/**
 * Identifying data can only hide in the free-text columns of a valid row (ratings, dates and
 * codes cannot hold an e-mail or a phone number), so each distinct text is run through the
 * same patterns the row-by-row path uses.
 */
async function holdsIdentifyingText(connection: DuckDBConnection, bulk: BulkFile[]): Promise<boolean> {
  for (const [index, file] of bulk.entries()) {
    for (const column of file.kind.textColumns) {
      const name = quoteIdentifier(column);
      // A valid case id is letters, digits and "-": of the patterns only a social security
      // number or a dashed phone number fits, and both contain ddd-dd(d)-dddd.
      const worthLooking = column === "case_id" ? `regexp_matches(${name}, '[0-9]{3}-[0-9]{2,3}-[0-9]{4}')` : `strlen(${name}) >= 7`;
      const result = await connection.runAndReadAll(`SELECT DISTINCT ${name} FROM ${stagedTable(index)} WHERE ${worthLooking}`);
      for (const [value] of result.getRows() as [string][]) {
        if (identifyingValues([column], [value], 0, file.input.file).length > 0) return true;
      }
    }
  }
  return false;
}

function summariesInOrder(inputs: InputFile[], files: CheckedFile[], bulk: BulkFile[], counts: Map<BulkFile, number>): FileSummary[] {
  return inputs.map((input) => {
    const checked = files.find((f) => f.file === input.file);
    if (checked) return summarise(checked, true);
    const file = bulk.find((f) => f.input === input)!;
    const rows = counts.get(file) ?? 0;
    return { file: input.file, kind: file.kind.kind, read: rows, loaded: rows, rejected: 0 };
  });
}
