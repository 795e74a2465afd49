// A table as read from a file, before it is checked: the header and each row's text cells.

export interface RawRow {
  /** Row number as a spreadsheet shows it: the header is row 1. */
  row: number;
  cells: string[];
}

export interface RawTable {
  header: string[];
  rows: RawRow[];
}
