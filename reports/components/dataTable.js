// An accessible HTML table: a caption, column headers with scope, numbers right-aligned.
// Every chart has one beside it, so that a screen reader user gets every number.
import { html } from "htl";

export function DataTable(rows, columns, { caption } = {}) {
  return html`<table class="data-table">
    ${caption ? html`<caption>${caption}</caption>` : ""}
    <thead><tr>${columns.map((c) => html`<th scope="col" class=${c.number ? "number" : ""}>${c.label}</th>`)}</tr></thead>
    <tbody>${rows.map((row) => html`<tr>${columns.map((c) => html`<td class=${c.number ? "number" : ""}>${c.format ? c.format(row) : row[c.key]}</td>`)}</tr>`)}</tbody>
  </table>`;
}

/** Tables longer than this are drawn when the reader opens them: 21,000 rows drawn at once
 * (every cell of the county grid at national scale) kept the page's charts from showing for
 * seconds. */
export const ROWS_DRAWN_AT_ONCE = 500;

// The same table, folded under a summary that says how many rows it has when it is long: the
// rows are drawn the first time it is opened. A screen reader user opens it like any other.
export function FoldedDataTable(rows, columns, { caption } = {}) {
  if (rows.length <= ROWS_DRAWN_AT_ONCE) return DataTable(rows, columns, { caption });
  const details = html`<details class="folded-table"><summary>${caption ?? "Table"}: ${rows.length.toLocaleString("en-US")} rows (open to show)</summary></details>`;
  details.addEventListener("toggle", () => {
    if (details.open && !details.querySelector("table")) details.append(DataTable(rows, columns, { caption }));
  });
  return details;
}
