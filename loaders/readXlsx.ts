// Reads the first sheet of an XLSX workbook into text cells, the way the same data saved as
// CSV would read: dates as YYYY-MM-DD, formulas as their computed result, rich text as its
// plain text. DuckDB's own read_xlsx needs a downloaded extension, so exceljs reads it.
import ExcelJS from "exceljs";
import { UnreadableFile } from "./problem.ts";
import type { RawRow, RawTable } from "./rawTable.ts";

export async function readXlsx(path: string, displayName: string): Promise<RawTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    throw new UnreadableFile({ file: displayName, row: null, column: null, reason: `is not a readable XLSX workbook (${(error as Error).message})` });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UnreadableFile({ file: displayName, row: null, column: null, reason: "has no worksheet" });
  let header: string[] = [];
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as unknown[]; // 1-based: values[0] is unused
    const cells = values.slice(1).map(cellText);
    if (header.length === 0 && rows.length === 0) header = cells;
    else rows.push({ row: rowNumber, cells });
  });
  return { header, rows: rows.filter((r) => r.cells.some((c) => c !== "")) };
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
