// Choosing an office: a plain list for a county's 19 offices, a searchable field (type a few
// letters, pick from the suggestions) when there are more than a list can show usefully
// (1,000 offices at national scale). Its value is the chosen office's row, as Inputs.select's.
import * as Inputs from "@observablehq/inputs";
import { html } from "htl";

export const SEARCH_ABOVE = 30;

let counter = 0;

export function OfficeChooser(offices, { value = offices[0], label = "Office" } = {}) {
  if (offices.length <= SEARCH_ABOVE) return Inputs.select(offices, { label, format: (d) => d.office, value });
  const id = `office-chooser-${++counter}`;
  const byName = new Map(offices.map((d) => [d.office.toLowerCase(), d]));
  const field = html`<input type="search" id=${id} list=${`${id}-list`} autocomplete="off" value=${value?.office ?? ""} aria-describedby=${`${id}-hint`}>`;
  const hint = html`<span id=${`${id}-hint`} class="chooser-hint">${offices.length.toLocaleString("en-US")} offices: type part of a name and pick one</span>`;
  const form = html`<form class="office-chooser" onsubmit=${(e) => e.preventDefault()}>
    <label for=${id}>${label}</label>
    ${field}
    <datalist id=${`${id}-list`}>${offices.map((d) => html`<option value=${d.office}>`)}</datalist>
    ${hint}
  </form>`;
  let chosen = value;
  Object.defineProperty(form, "value", { get: () => chosen, set: (office) => { chosen = office; field.value = office?.office ?? ""; } });
  // Only a whole office name chooses: a half-typed one leaves the office as it was.
  field.addEventListener("input", (event) => {
    event.stopPropagation();
    const office = byName.get(field.value.trim().toLowerCase());
    hint.textContent = office ? `${office.office} chosen` : `${offices.length.toLocaleString("en-US")} offices: type part of a name and pick one`;
    if (office && office !== chosen) {
      chosen = office;
      form.dispatchEvent(new Event("input", { bubbles: true }));
    }
  });
  return form;
}
