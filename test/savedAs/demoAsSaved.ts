// The committed demo dataset handed over as people's programs save it: XLSX from Excel,
// LibreOffice and openpyxl (spreadsheetXml.ts) and from SheetJS (a real writer from npm), and
// CSV as Excel saves "CSV UTF-8" on a US machine (byte-order mark, CRLF, dates M/D/YYYY).
// In a spreadsheet a date column holds date cells and a number column numbers.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import * as XLSX from "xlsx";
import { serialDay, spreadsheetXml, type Cell, type Flavour } from "./spreadsheetXml.ts";

export const DEMO = "data/demo";

/** Columns that hold digits but are text: a spreadsheet user formats them as text. */
const TEXT_COLUMNS = new Set(["protocol_version", "case_id", "review_id"]);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A number whose text a spreadsheet gives back as written (no leading zeros, no trailing ones). */
const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d*[1-9])?$/;

export interface Table {
  name: string;
  header: string[];
  rows: string[][];
}

export function demoTables(): Table[] {
  return readdirSync(DEMO)
    .filter((f) => f.endsWith(".csv"))
    .map((f) => {
      const [header, ...rows] = parse(readFileSync(join(DEMO, f), "utf8")) as string[][];
      return { name: f.replace(/\.csv$/, ""), header, rows };
    });
}

function cellOf(column: string, text: string): Cell {
  if (text === "") return null;
  if (ISO_DATE.test(text)) return { date: text };
  if (!TEXT_COLUMNS.has(column) && PLAIN_NUMBER.test(text)) return { number: Number(text) };
  return { text };
}

function copyJson(into: string) {
  for (const f of readdirSync(DEMO).filter((f) => f.endsWith(".json"))) copyFileSync(join(DEMO, f), join(into, f));
}

export async function writeDemoAsXlsx(flavour: Flavour, into: string): Promise<void> {
  mkdirSync(into, { recursive: true });
  for (const { name, header, rows } of demoTables()) {
    const cells: Cell[][] = [header.map((text) => ({ text })), ...rows.map((row) => row.map((text, i) => cellOf(header[i], text)))];
    writeFileSync(join(into, `${name}.xlsx`), await spreadsheetXml(flavour, cells));
  }
  copyJson(into);
}

export function writeDemoAsSheetJs(into: string): void {
  mkdirSync(into, { recursive: true });
  for (const { name, header, rows } of demoTables()) {
    const cells = rows.map((row) => row.map((text, i) => cellOf(header[i], text)));
    const values = cells.map((row) => row.map((cell) => (cell === null ? null : "date" in cell ? serialDay(cell.date) : "number" in cell ? cell.number : cell.text)));
    const sheet = XLSX.utils.aoa_to_sheet([header, ...values]);
    // Dates as Excel stores them: a serial day number with a date format. (Given a JS Date,
    // SheetJS converts it in the machine's time zone, which no spreadsheet program does.)
    cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell !== null && "date" in cell) sheet[XLSX.utils.encode_cell({ r: r + 1, c })].z = "yyyy-mm-dd";
      }),
    );
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, "Sheet1");
    writeFileSync(join(into, `${name}.xlsx`), XLSX.write(book, { type: "buffer", bookType: "xlsx" }));
  }
  copyJson(into);
}

/** A CSV cell as Excel writes it: quoted only when it must be. */
function excelCsvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** 2019-01-07 as Excel's US short date, 1/7/2019. */
export function usDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return `${month}/${day}/${year}`;
}

export function excelUsCsv({ header, rows }: Table): string {
  const lines = [header, ...rows.map((row) => row.map((text) => (ISO_DATE.test(text) ? usDate(text) : text)))].map((r) => r.map(excelCsvCell).join(","));
  return `\ufeff${lines.join("\r\n")}\r\n`;
}

export function writeDemoAsExcelUsCsv(into: string): void {
  mkdirSync(into, { recursive: true });
  for (const table of demoTables()) writeFileSync(join(into, `${table.name}.csv`), excelUsCsv(table));
  copyJson(into);
}

/** The Windows-1252 bytes of the characters outside Latin-1 that tests write. */
const WINDOWS_1252_BYTES = new Map([["€", 0x80], ["‘", 0x91], ["’", 0x92], ["“", 0x93], ["”", 0x94], ["–", 0x96], ["—", 0x97]]);

/** Text encoded as Windows-1252, as Excel's "CSV (Comma delimited)" writes it. */
export function windows1252(text: string): Buffer {
  return Buffer.from(
    [...text].map((ch) => {
      const code = ch.codePointAt(0)!;
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
      const byte = WINDOWS_1252_BYTES.get(ch);
      if (byte === undefined) throw new RangeError(`${ch} has no Windows-1252 byte in this table`);
      return byte;
    }),
  );
}
