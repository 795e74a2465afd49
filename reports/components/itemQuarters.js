// The item performance page's chart of one OSRI item by quarter, in the pieces the page
// composes (the item is the reader's choice) and composed with the page's default item for
// the chart drawn at build time (scripts/firstCharts.ts).
import { TrendChart } from "./trendChart.js";
import { percent } from "./format.js";

/** The item the page opens on: item 3, risk and safety assessment and management. */
export const FIRST_ITEM = 3;

/** Item number -> "Item N: label", in the order of osri-item-quarters. */
export const itemNames = (quarters) => new Map(quarters.map((d) => [d.item, `Item ${d.item}: ${d.itemLabel}`]));

export function ItemQuarters(rows, { width, label, document }) {
  return TrendChart(rows, { width, document, x: "quarterEnd", y: "performance", low: "low", high: "high", yDomain: [0, 1], yFormat: (d) => percent(d), yLabel: "Strength", title: `performance of ${label} by quarter`, references: [{ value: 0.9, label: "90% strength" }] });
}

/** The chart as the page first draws it: the first item. */
export function firstItemQuarters({ quarters }, { width, document }) {
  return ItemQuarters(quarters.filter((d) => d.item === FIRST_ITEM), { width, label: itemNames(quarters).get(FIRST_ITEM), document });
}
