// Checks that need more than one row or more than one file: the same case twice, a review
// whose cases disagree on its office or date, an office or region missing from its
// reference list, a SIP value for an unknown measure, a finding for an unknown PQCR, a QSR
// theme or next step for a review no QSR case file holds.
// A row that fails one gets the problem and is no longer loadable.
import { catalogMeasure } from "../src/catalog/sipMeasures.ts";
import type { OsriCaseRow } from "../src/schemas/osriCase.ts";
import type { PqcrEventRow, PqcrFindingRow } from "../src/schemas/pqcr.ts";
import type { QsrCaseRow } from "../src/schemas/qsrCase.ts";
import type { OfficeRow, RegionRow } from "../src/schemas/reference.ts";
import type { SipMeasureRow, SipTargetRow, SipValueRow } from "../src/schemas/sip.ts";
import type { CheckedFile, CheckedRow } from "./checkFile.ts";
import type { Problem } from "./problem.ts";

type Table = Extract<CheckedFile, { type: "table" }>;
type Place = { file: string; row: number };

function rowsOf<T>(tables: Table[], kind: string): { table: Table; row: CheckedRow; value: T }[] {
  return tables
    .filter((t) => t.kind.kind === kind)
    .flatMap((table) => table.rows.filter((row) => row.value !== null).map((row) => ({ table, row, value: row.value as T })));
}

function reject(table: Table, row: CheckedRow, column: string | null, reason: string) {
  row.problems.push({ file: table.file, row: row.row, column, reason });
  row.value = null;
}

/**
 * `checkedInSql`: kinds whose files the bulk path reads in DuckDB (loaders/bulk): their rows
 * are not here, and the checks against them run in SQL once they are loaded.
 */
export function crossFileChecks(files: CheckedFile[], checkedInSql: ReadonlySet<string> = new Set()): void {
  const tables = files.filter((f): f is Table => f.type === "table");
  uniqueRows(tables);
  consistentQsrReviews(tables);
  if (!checkedInSql.has("qsr-cases")) knownReviews(tables);
  knownOffices(tables);
  knownRegions(tables);
  knownMeasures(tables);
  knownPqcrEvents(tables);
}

function uniqueRows(tables: Table[]) {
  const seen = new Map<string, Place>();
  for (const table of tables) {
    const unique = table.kind.uniqueKey;
    if (!unique) continue;
    for (const row of table.rows) {
      if (row.value === null) continue;
      const key = `${table.kind.kind}\u0000${unique.key(row.value)}`;
      const first = seen.get(key);
      if (first) {
        reject(table, row, unique.columns[unique.columns.length - 1], `repeats the ${unique.describe} of ${first.file} row ${first.row}; each may appear once in an ingest`);
      } else seen.set(key, { file: table.file, row: row.row });
    }
  }
}

function consistentQsrReviews(tables: Table[]) {
  const reviews = new Map<string, QsrCaseRow & Place>();
  for (const { table, row, value } of rowsOf<QsrCaseRow>(tables, "qsr-cases")) {
    const first = reviews.get(value.review_id);
    if (!first) {
      reviews.set(value.review_id, { ...value, file: table.file, row: row.row });
      continue;
    }
    for (const column of ["office", "review_date", "protocol_version"] as const) {
      if (value[column] !== first[column]) {
        reject(table, row, column, `is ${JSON.stringify(value[column])} but review ${value.review_id} has ${JSON.stringify(first[column])} in ${first.file} row ${first.row}`);
        break;
      }
    }
  }
}

function knownReviews(tables: Table[]) {
  const reviews = new Set(rowsOf<QsrCaseRow>(tables, "qsr-cases").map((r) => r.value.review_id));
  for (const kind of ["qsr-themes", "qsr-next-steps"]) {
    for (const { table, row, value } of rowsOf<{ review_id: string }>(tables, kind)) {
      if (!reviews.has(value.review_id)) reject(table, row, "review_id", `${JSON.stringify(value.review_id)} is a review of no qsr-cases file in this ingest`);
    }
  }
}

function knownOffices(tables: Table[]) {
  const offices = rowsOf<OfficeRow>(tables, "offices").map((o) => o.value);
  // Without an office list there is nothing to check against; the ingest summary says so.
  if (offices.length === 0) return;
  const byName = new Map(offices.map((o) => [o.office.toLowerCase(), o]));
  for (const { table, row, value } of rowsOf<QsrCaseRow>(tables, "qsr-cases")) {
    const office = byName.get(value.office.toLowerCase());
    if (!office) reject(table, row, "office", `${JSON.stringify(value.office)} is not in the office reference list`);
    else if (value.review_date < office.opened || (office.closed !== null && value.review_date > office.closed)) {
      reject(table, row, "review_date", `${value.review_date} is outside the dates office ${office.office} existed (${office.opened} to ${office.closed ?? "today"})`);
    }
  }
}

function knownRegions(tables: Table[]) {
  const regions = new Map(rowsOf<RegionRow>(tables, "regions").map((r) => [r.value.region.toUpperCase(), r]));
  if (regions.size === 0) return;
  for (const { table, row, value } of rowsOf<OsriCaseRow>(tables, "osri-cases")) {
    const region = regions.get(value.region.toUpperCase());
    if (!region) reject(table, row, "region", `${JSON.stringify(value.region)} is not in the region reference list`);
    // The +/-5% metro-share check counts cases by this flag: a case flagged against its
    // region's list entry would move the share without any change in where reviews happen.
    else if (value.metro !== region.value.metro) {
      const yesNo = (metro: boolean) => (metro ? "yes" : "no");
      reject(table, row, "metro", `is ${yesNo(value.metro)} but region ${region.value.region} is metro ${yesNo(region.value.metro)} in ${region.table.file} row ${region.row.row}`);
    }
  }
}

function knownMeasures(tables: Table[]) {
  const added = new Map(rowsOf<SipMeasureRow>(tables, "sip-measures").map((m) => [m.value.measure.toUpperCase(), m.value]));
  const measure = (code: string) => catalogMeasure(code) ?? added.get(code.toUpperCase());
  for (const kind of ["sip-targets", "sip-values"]) {
    for (const { table, row, value } of rowsOf<SipTargetRow | SipValueRow>(tables, kind)) {
      const found = measure(value.measure);
      if (!found) reject(table, row, "measure", `${JSON.stringify(value.measure)} is neither a catalog measure nor one added in a sip-measures file`);
      // A target on the wrong side of the baseline would read "target met" from the first
      // quarter: the SIP plans an improvement, in the measure's better direction.
      else if (kind === "sip-targets") {
        const { baseline, target } = value as SipTargetRow;
        const improves = found.direction === "higher" ? target > baseline : target < baseline;
        if (!improves) {
          reject(table, row, "target", `${target} is not ${found.direction} than the baseline ${baseline}, but ${found.measure} is better ${found.direction}: a target must plan an improvement`);
        }
      }
    }
  }
}

function knownPqcrEvents(tables: Table[]) {
  const events = new Set(rowsOf<PqcrEventRow>(tables, "pqcr-events").map((e) => `${e.value.county.toLowerCase()}\u0000${e.value.pqcr_end}`));
  for (const kind of ["pqcr-findings", "cycle-submissions"]) {
    for (const { table, row, value } of rowsOf<Pick<PqcrFindingRow, "county" | "pqcr_end">>(tables, kind)) {
      if (!events.has(`${value.county.toLowerCase()}\u0000${value.pqcr_end}`)) {
        reject(table, row, "pqcr_end", `no PQCR of ${value.county} ends on ${value.pqcr_end} in the pqcr-events files`);
      }
    }
  }
}

/** A second PIP plan or dataset manifest in one ingest. */
export function singletonProblems(files: CheckedFile[]): Problem[] {
  const problems: Problem[] = [];
  for (const type of ["pip-plan", "manifest"] as const) {
    const found = files.filter((f) => f.type === type);
    for (const extra of found.slice(1)) {
      problems.push({ file: extra.file, row: null, column: null, reason: `is a second ${type} in this ingest (the first is ${found[0].file}); give one` });
    }
  }
  return problems;
}

/** What the ingest could not check, given the kinds of file it was given. */
export function referenceNotes(kinds: Set<string>): string[] {
  const notes: string[] = [];
  if (kinds.has("qsr-cases") && !kinds.has("offices")) notes.push("no office reference list was given: QSR offices were not checked against one");
  if (kinds.has("osri-cases") && !kinds.has("regions")) notes.push("no region reference list was given: OSRI regions were not checked against one");
  return notes;
}
