// Cells a spreadsheet would run as a formula when a download is opened (=, +, -, @, and a
// leading tab or carriage return) are written as text by prefixing an apostrophe. A plain
// number such as -0.05 is left alone: it is a value, not a formula.

const FORMULA_START = /^[=+\-@\t\r]/;

export function spreadsheetSafe(value: unknown): unknown {
  if (typeof value !== "string" || !FORMULA_START.test(value)) return value;
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(value)) return value;
  return `'${value}`;
}
