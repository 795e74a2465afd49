// A table as read from a file, before it is checked: the header and each row's text cells.

export interface RawRow {
  /** Row number as a spreadsheet shows it: the header is row 1. */
  row: number;
  cells: string[];
}

export interface RawTable {
  /** The text encoding a CSV file was read in (an XLSX workbook is always Unicode: none). */
  encoding?: "UTF-8" | "Windows-1252";
  header: string[];
  rows: RawRow[];
}
