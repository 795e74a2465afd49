// A problem found in an input file, located as precisely as the input allows, so that the
// person who owns the file can find and fix it without reading code.

export interface Problem {
  file: string;
  /** Row as a spreadsheet shows it (the header is row 1); null for a problem of the whole file. */
  row: number | null;
  /** Column name, or a JSON path for JSON files; null when no one column is at fault. */
  column: string | null;
  reason: string;
  /** Identifying data: refused whatever the options, and never echoed or written anywhere. */
  identifying?: boolean;
  /** The cell's text, when one cell is at fault and it is not identifying: for its shape in --problems. */
  value?: string;
}

export function formatProblem(p: Problem): string {
  const where = [p.file, p.row === null ? null : `row ${p.row}`, p.column === null ? null : `column ${p.column}`]
    .filter((part) => part !== null)
    .join(", ");
  return `${where}: ${p.reason}`;
}

/** Thrown when a file cannot be read at all; carries the problem to report. */
export class UnreadableFile extends Error {
  constructor(readonly problem: Problem) {
    super(formatProblem(problem));
  }
}
