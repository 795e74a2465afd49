// Writing aggregate datasets as an XLSX workbook (one sheet per dataset), for the download
// links on the pages. Cells a spreadsheet would run as a formula are written as text, and the
// workbook's bytes depend on its data only, so that two builds of the same data are identical.
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { flattenRow } from "./flatten.ts";
import { spreadsheetSafe } from "./spreadsheetSafe.ts";

/** The date written into the workbook's properties and zip entries (and the office slices' zip). */
export const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

export interface Sheet {
  name: string;
  rows: Record<string, unknown>[];
}

function cellValue(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  return String(spreadsheetSafe(String(value)));
}

let excel: Promise<typeof ExcelJS> | undefined;

/**
 * ExcelJS, loaded on first use: it takes about 0.4 s to load, on the critical path of every
 * build. The build starts loading it before computing the page data, so that it loads while
 * DuckDB computes (prebuiltPageData.ts); `crd export` in CSV never loads it.
 */
export function loadExcel(): Promise<typeof ExcelJS> {
  excel ??= import("exceljs").then((module) => module.default);
  return excel;
}

export async function workbookBytes(sheets: Sheet[]): Promise<Buffer> {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  // A fixed date, so that the same data gives the same workbook properties.
  workbook.created = workbook.modified = FIXED_DATE;
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31));
    const rows = sheet.rows.map((row) => flattenRow(row));
    const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    worksheet.addRow(columns).font = { bold: true };
    for (const row of rows) worksheet.addRow(columns.map((c) => cellValue(row[c])));
  }
  // Stored uncompressed here: withFixedDates compresses each entry once as it rewrites the zip
  // (compressing twice and inflating once in between took most of a workbook's time).
  return withFixedDates(Buffer.from(await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } } as ExcelJS.XlsxWriteOptions)));
}

/** exceljs stamps each zip entry with the current time; rewrite the zip with a fixed one. */
export async function withFixedDates(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name];
    if (entry.dir) continue;
    out.file(name, await entry.async("uint8array"), { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 }, platform: "UNIX" });
}
