// The state overview's grid of SIP measures by county, each cell coloured by the measure's
// status and giving its latest value: drawn by the page, and at build time, with the page's
// data, for the chart that arrives with the page (scripts/firstCharts.ts).
import * as Plot from "@observablehq/plot";
import { gridStatus, gridTextColor, measureValue, STATUS_COLORS } from "./sipFormat.js";

/** The grid's rows (every county with a measure or a C-CFSR deadline) and columns (every measure). */
export function sipGridAxes(progress, calendar) {
  const counties = [...new Set([...progress.map((d) => d.county), ...calendar.map((d) => d.county)])].sort();
  const measures = [...new Set(progress.map((d) => d.measure))].sort();
  return { counties, measures };
}

export function SipGrid(progress, { width, counties, measures, document }) {
  return Plot.plot({
    document,
    // The screen's width; on one too narrow for about 70 px a measure, the card scrolls.
    width: Math.max(width, 70 * measures.length + 140),
    height: 44 * counties.length + 70,
    marginLeft: 130,
    style: "max-width: none;",
    ariaLabel: "status of each county's SIP measures",
    ariaDescription: "Grid of counties and SIP measures: each cell is coloured by status and gives the latest value. The same numbers are in the table below.",
    x: { domain: measures, axis: "top", label: null },
    y: { domain: counties, label: null },
    color: { domain: Object.keys(STATUS_COLORS), range: Object.values(STATUS_COLORS), legend: true },
    marks: [
      Plot.cell(progress, { x: "measure", y: "county", fill: gridStatus, inset: 1 }),
      Plot.text(progress, { x: "measure", y: "county", text: (d) => `${measureValue(d.latest, d.unit)}\n${gridStatus(d)}`, fill: gridTextColor, fontSize: 10, lineHeight: 1.1 }),
    ],
  });
}

/** The grid as the page first draws it (the page has no choice to make). */
export function firstSipGrid({ progress, calendar }, { width, document }) {
  return SipGrid(progress, { width, document, ...sipGridAxes(progress, calendar) });
}
