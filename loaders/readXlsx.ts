// Reads the first sheet of an XLSX workbook into text cells, the way the same data saved as
// CSV would read: dates as YYYY-MM-DD, formulas as their computed result, rich text as its
// plain text. DuckDB's own read_xlsx needs a downloaded extension, so exceljs reads it.
import { loadExcel } from "../src/format/xlsx.ts";
import { UnreadableFile } from "./problem.ts";
import type { RawRow, RawTable } from "./rawTable.ts";

export async function readXlsx(path: string, displayName: string): Promise<RawTable> {
  // Loaded when a workbook is read (loadExcel): an ingest of CSV files alone need not pay for it.
  const workbook = new (await loadExcel()).Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    throw new UnreadableFile({ file: displayName, row: null, column: null, reason: `is not a readable XLSX workbook (${(error as Error).message})` });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UnreadableFile({ file: displayName, row: null, column: null, reason: "has no worksheet" });
  let header: string[] | null = null;
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // 1-based and sparse: Excel, LibreOffice and openpyxl leave an empty cell out of the file,
    // so a row ending in empty cells is shorter and a gap is a hole. Absent is empty.
    const values = row.values as unknown[];
    const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => cellText(values[i + 1]));
    // A row of cells that are only formatted, above the header or below the data, is no row.
    if (cells.every((c) => c === "")) return;
    if (header === null) header = withoutTrailingEmpty(cells, 0);
    else rows.push({ row: rowNumber, cells: fitted(cells, header.length) });
  });
  return { header: header ?? [], rows };
}

function withoutTrailingEmpty(cells: string[], keep: number): string[] {
  let end = cells.length;
  while (end > keep && cells[end - 1] === "") end--;
  return cells.slice(0, end);
}

/**
 * A data row as wide as the header: missing trailing cells are empty, and empty cells past
 * the header's last column are dropped. A value past the last column stays, so that the row
 * is reported as having more cells than the header.
 */
function fitted(cells: string[], width: number): string[] {
  const trimmed = withoutTrailingEmpty(cells, width);
  return trimmed.length >= width ? trimmed : [...trimmed, ...Array<string>(width - trimmed.length).fill("")];
}

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    // exceljs reads a date cell as midnight UTC of that day; a time of day would not be a date.
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((r) => r.text).join("").trim();
    if ("result" in v) return cellText(v.result);
    if ("formula" in v || "sharedFormula" in v) return "";
    if ("text" in v) return cellText(v.text);
    if ("error" in v) return String(v.error);
  }
  return String(value).trim();
}
