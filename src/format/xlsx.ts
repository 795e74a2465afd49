// Writing aggregate datasets as an XLSX workbook (one sheet per dataset), for the download
// links on the pages. Cells a spreadsheet would run as a formula are written as text.
import ExcelJS from "exceljs";
import { flattenRow } from "./flatten.ts";

export interface Sheet {
  name: string;
  rows: Record<string, unknown>[];
}

function cellValue(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

export async function workbookBytes(sheets: Sheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  // A fixed date, so that the same data gives the same workbook properties.
  workbook.created = workbook.modified = new Date(Date.UTC(2000, 0, 1));
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31));
    const rows = sheet.rows.map((row) => flattenRow(row));
    const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    worksheet.addRow(columns).font = { bold: true };
    for (const row of rows) worksheet.addRow(columns.map((c) => cellValue(row[c])));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
