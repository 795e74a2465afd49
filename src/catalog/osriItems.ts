// The 18 items of the federal On-Site Review Instrument, Round 3, and the outcomes they
// belong to (domain.md section 2). Permanency items 4-11 apply to foster care cases only.

export type OsriRating = "Strength" | "ANI" | "NA";
export type OsriCaseType = "foster_care" | "in_home";

export interface OsriOutcome {
  code: string;
  label: string;
  items: readonly number[];
}

export interface OsriItem {
  item: number;
  /** The input column: item_01 ... item_18. */
  column: string;
  label: string;
  outcome: string;
  fosterCareOnly: boolean;
}

export const OSRI_OUTCOMES: readonly OsriOutcome[] = [
  { code: "S1", label: "Safety 1", items: [1] },
  { code: "S2", label: "Safety 2", items: [2, 3] },
  { code: "P1", label: "Permanency 1", items: [4, 5, 6] },
  { code: "P2", label: "Permanency 2", items: [7, 8, 9, 10, 11] },
  { code: "WB1", label: "Well-Being 1", items: [12, 13, 14, 15] },
  { code: "WB2", label: "Well-Being 2", items: [16] },
  { code: "WB3", label: "Well-Being 3", items: [17, 18] },
];

const ITEM_LABELS: readonly string[] = [
  "Timeliness of initiating investigations",
  "Services to protect children in the home and prevent removal or re-entry",
  "Risk and safety assessment and management",
  "Stability of foster care placement",
  "Permanency goal for child",
  "Achieving reunification, guardianship, adoption or other planned permanent living arrangement",
  "Placement with siblings",
  "Visiting with parents and siblings in foster care",
  "Preserving connections",
  "Relative placement",
  "Relationship of child in care with parents",
  "Needs and services of child, parents and foster parents",
  "Child and family involvement in case planning",
  "Caseworker visits with child",
  "Caseworker visits with parents",
  "Educational needs of the child",
  "Physical health of the child",
  "Mental/behavioral health of the child",
];

export function osriColumn(item: number): string {
  return `item_${String(item).padStart(2, "0")}`;
}

export const OSRI_ITEMS: readonly OsriItem[] = ITEM_LABELS.map((label, index) => {
  const item = index + 1;
  const outcome = OSRI_OUTCOMES.find((o) => o.items.includes(item))!;
  return { item, column: osriColumn(item), label, outcome: outcome.code, fosterCareOnly: item >= 4 && item <= 11 };
});

export const OSRI_ITEM_COLUMNS = OSRI_ITEMS.map((i) => i.column);

export function osriItem(item: number): OsriItem {
  const found = OSRI_ITEMS[item - 1];
  if (!found) throw new RangeError(`no OSRI item ${item}`);
  return found;
}
