// What every tabular input kind declares, and how one row is checked against it.
// Following Evidence's metric schema: the check does no I/O and returns problems rather
// than throwing, so that a loader can gather every problem of a file before it reports.
import type { z } from "zod";

export interface ColumnDoc {
  name: string;
  required: boolean;
  description: string;
  example: string;
}

/** A column's documentation, in one line of a kind's declaration. */
export function column(name: string, required: boolean, description: string, example: string): ColumnDoc {
  return { name, required, description, example };
}

export interface TabularKind<Row = unknown> {
  /** The kind's name in messages, templates and the ingest summary, e.g. "qsr-cases". */
  kind: string;
  label: string;
  description: string;
  columns: readonly ColumnDoc[];
  /** The schema of one row: each column's cell, then rules across columns. */
  row: z.ZodType<Row>;
  /** What makes two rows the same unit, which must not appear twice in one ingest. */
  uniqueKey?: { describe: string; columns: readonly string[]; key: (row: Row) => string };
}

export interface CellProblem {
  column: string;
  reason: string;
}

export type RowCheck<Row> = { ok: true; value: Row } | { ok: false; problems: CellProblem[] };

/** Checks one row, given as column name -> trimmed cell text, against its kind. */
export function checkRow<Row>(kind: TabularKind<Row>, cells: Record<string, string>): RowCheck<Row> {
  const result = kind.row.safeParse(cells);
  if (result.success) return { ok: true, value: result.data };
  const problems = result.error.issues.map((issue) => ({
    column: issue.path.length > 0 ? String(issue.path[0]) : "",
    reason: issue.message,
  }));
  return { ok: false, problems };
}

export function columnNames(kind: TabularKind): string[] {
  return kind.columns.map((c) => c.name);
}

export function requiredColumnNames(kind: TabularKind): string[] {
  return kind.columns.filter((c) => c.required).map((c) => c.name);
}
