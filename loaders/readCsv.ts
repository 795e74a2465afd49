// Reads a CSV file (comma, header row; UTF-8, or Windows-1252 as Excel writes it: see
// textEncoding.ts) into trimmed text cells. Structural faults a spreadsheet export can have —
// UTF-16, a quote left open, a row with more or fewer cells than the header — come back as
// problems naming the row. Line ends may be CRLF (Windows) or LF.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { UnreadableFile } from "./problem.ts";
import type { RawTable } from "./rawTable.ts";
import { decodeCsvBytes } from "./textEncoding.ts";

export function readCsv(path: string, displayName: string): RawTable {
  const { text, encoding } = decodeCsvBytes(readFileSync(path), displayName);
  let records: string[][];
  try {
    // Empty lines are kept (and dropped below) so that row numbers stay the spreadsheet's.
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    const e = error as { code?: string; lines?: number; message: string };
    const row = typeof e.lines === "number" ? e.lines : null;
    const reason =
      e.code === "CSV_QUOTE_NOT_CLOSED"
        ? "a quoted value is still open at the end of the file: look above this line for a \" without its pair"
        : `cannot be read as CSV: ${e.message.replace(/^Invalid (Record|Opening|Closing)[^:]*:\s*/, "")}`;
    throw new UnreadableFile({ file: displayName, row, column: null, reason });
  }
  const [header = [], ...body] = records;
  return {
    encoding,
    header: header.map((name) => name.trim()),
    rows: body
      // A line of nothing but commas is an empty spreadsheet row, not a case.
      .map((cells, index) => ({ row: index + 2, cells: cells.map((cell) => cell.trim()) }))
      .filter((r) => r.cells.some((cell) => cell !== "")),
  };
}
