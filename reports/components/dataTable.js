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
