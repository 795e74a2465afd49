// A group x period grid (region by review year, say): each cell coloured by its share, with
// the share and its n written in it, so the grid reads without the colour.
import * as Plot from "@observablehq/plot";
import { percent } from "./format.js";

/**
 * `target`: a function giving a cell's standing against its target ("at or above target",
 * "below target", or anything else for none), drawn as an outline: solid green when the whole
 * interval is at or above, dashed orange when it is below.
 */
export function GroupGrid(rows, { width, share, group = "group", period = "period", title = "", groups, periods, rotateColumns = false, target, document } = {}) {
  const x = periods ?? [...new Set(rows.map((d) => d[period]))];
  const y = groups ?? [...new Set(rows.map((d) => d[group]))];
  const longest = Math.max(0, ...y.map((g) => String(g).length));
  const longestColumn = Math.max(0, ...x.map((g) => String(g).length));
  // Column labels stand upright when turned: at 45 degrees neighbours' labels cross.
  return Plot.plot({
    // In the browser, the page's document; at build time (scripts/firstCharts.ts), jsdom's.
    document,
    width,
    height: 34 * y.length + (rotateColumns ? longestColumn * 6.5 + 20 : 60),
    marginLeft: Math.min(Math.max(60, longest * 6.5), width * 0.4),
    marginTop: rotateColumns ? longestColumn * 6.5 + 10 : undefined,
    padding: 0.05,
    // A wide grid scrolls inside its card rather than shrinking its text.
    style: rotateColumns ? "max-width: none;" : undefined,
    ariaLabel: title,
    ariaDescription: `Grid of ${title}: each cell gives the share and the number of cases behind it. The same numbers are in the table below.`,
    x: { domain: x, label: null, axis: "top", tickRotate: rotateColumns ? -90 : 0 },
    y: { domain: y, label: null },
    color: { type: "linear", domain: [0, 1], scheme: "blues", legend: false },
    marks: [
      Plot.cell(rows, { x: period, y: group, fill: (d) => d[share] ?? undefined, inset: 0.5 }),
      target ? Plot.cell(rows.filter((d) => target(d) === "at or above target"), { x: period, y: group, stroke: "#15803d", strokeWidth: 3, inset: 2 }) : null,
      target ? Plot.cell(rows.filter((d) => target(d) === "below target"), { x: period, y: group, stroke: "#c2410c", strokeWidth: 2.5, strokeDasharray: "4,2", inset: 2 }) : null,
      Plot.text(rows, {
        x: period,
        y: group,
        // A masked cell (public mode) says so rather than printing an empty n.
        text: (d) => (d.n === null ? "masked" : d[share] === null ? `n=${d.n}` : `${percent(d[share])}\nn=${d.n}`),
        fill: (d) => (d[share] !== null && d[share] > 0.6 ? "white" : "black"),
        fontSize: 10,
        lineHeight: 1.1,
      }),
    ],
  });
}
