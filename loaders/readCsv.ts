// Reads a CSV file (UTF-8, comma, header row) into trimmed text cells. Structural faults a
// spreadsheet export can have — a byte that is not UTF-8, a quote left open, a row with more
// or fewer cells than the header — come back as problems naming the row.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { UnreadableFile } from "./problem.ts";
import type { RawTable } from "./rawTable.ts";

export function readCsv(path: string, displayName: string): RawTable {
  const text = decodeUtf8(readFileSync(path), displayName);
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true });
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
    header: header.map((name) => name.trim()),
    rows: body
      // A line of nothing but commas is an empty spreadsheet row, not a case.
      .map((cells, index) => ({ row: index + 2, cells: cells.map((cell) => cell.trim()) }))
      .filter((r) => r.cells.some((cell) => cell !== "")),
  };
}

function decodeUtf8(bytes: Buffer, displayName: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const line = lineOfFirstInvalidByte(bytes);
    throw new UnreadableFile({
      file: displayName,
      row: line,
      column: null,
      reason: "is not UTF-8 text (it looks like Latin-1 or Windows-1252): save it as \"CSV UTF-8\" and load it again",
    });
  }
}

function lineOfFirstInvalidByte(bytes: Buffer): number | null {
  // Decode line by line: the first line that fails holds the bad byte.
  let line = 1;
  let start = 0;
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return null;
}
