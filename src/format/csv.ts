// Writing CSV text (RFC 4180 quoting), safe to open in a spreadsheet.
import { flattenRow } from "./flatten.ts";
import { spreadsheetSafe } from "./spreadsheetSafe.ts";

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = String(spreadsheetSafe(typeof value === "object" ? JSON.stringify(value) : String(value)));
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly unknown[]): string {
  return values.map(csvCell).join(",");
}

/** CSV of an array of objects; the columns are every key, in the order first seen, unless given. */
export function toCsv(rows: readonly Record<string, unknown>[], columns?: readonly string[]): string {
  const header = columns ?? [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return [csvLine(header), ...rows.map((row) => csvLine(header.map((c) => row[c])))].join("\n") + "\n";
}

/** A dataset as CSV, nested fields flattened: `crd export NAME --format csv` and the build's downloads. */
export function datasetCsv(rows: readonly Record<string, unknown>[]): string {
  return toCsv(rows.map((row) => flattenRow(row)));
}
