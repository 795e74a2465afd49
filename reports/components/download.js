// Download links for the table behind a chart. The CSV is made in the browser from the rows
// the page already has; cells that a spreadsheet would run as a formula are neutralised.
import { html } from "htl";

function csvCell(value) {
  if (value === null || value === undefined) return "";
  let text = typeof value === "object" ? JSON.stringify(value) : String(value);
  if (/^[=+@]/.test(text) || (/^-/.test(text) && Number.isNaN(Number(text)))) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows, columns = Object.keys(rows[0] ?? {})) {
  return [columns.join(","), ...rows.map((row) => columns.map((c) => csvCell(row[c])).join(","))].join("\n") + "\n";
}

export function CsvDownload(rows, filename, columns) {
  const href = URL.createObjectURL(new Blob([toCsv(rows, columns)], { type: "text/csv" }));
  return html`<p class="downloads"><a href=${href} download=${filename}>Download this table as CSV</a></p>`;
}
