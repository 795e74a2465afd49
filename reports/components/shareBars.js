// Horizontal bars of a share per category, each with its interval drawn as a line and its
// n written at the end, so that a share from 12 cases never looks as sure as one from 200.
import * as Plot from "@observablehq/plot";
import { percent } from "./format.js";

/**
 * `fontSize` scales the whole chart: 10 on a page, about 18 on a slide for the back of a room.
 * `target`: a field holding each row's own target, drawn as a tick across its bar; `endText`
 * replaces the "x% of n" written after each bar.
 */
export function ShareBars(rows, { width, y = "label", share = "share", low = "low", high = "high", successes = "acceptable", n = "rated", title = "", reference, fontSize = 10, target, endText, marginRight = 90, document } = {}) {
  const shown = rows.filter((d) => d[share] !== null);
  // Room for the longest label, but never so much that the bars have none.
  const longest = Math.max(0, ...rows.map((d) => String(d[y]).length));
  const scale = fontSize / 10;
  const marginLeft = Math.min(Math.max(60, longest * 6.5 * scale), Math.max(60, width * 0.4));
  return Plot.plot({
    // In the browser, the page's document; at build time (scripts/firstCharts.ts), jsdom's.
    document,
    width,
    height: 28 * scale * rows.length + 50 * scale,
    marginLeft,
    marginRight: marginRight * scale,
    style: { fontSize: `${fontSize}px` },
    ariaLabel: title,
    ariaDescription: `Bar chart of ${title}. The same numbers are in the table below the chart.`,
    x: { domain: [0, 1], tickFormat: (d) => percent(d), label: "Share", grid: true },
    y: { label: null, domain: rows.map((d) => d[y]) },
    marks: [
      Plot.barX(shown, { x: share, y, fill: "#4c78a8", fillOpacity: 0.75 }),
      Plot.ruleY(shown, { x1: low, x2: high, y, stroke: "#1f2937", strokeWidth: 1.5 }),
      Plot.text(rows, {
        x: 1,
        y,
        text: endText ?? ((d) => (d[n] === null ? "masked" : d[share] === null ? "not computed" : `${percent(d[share])} of ${d[n]}`)),
        textAnchor: "start",
        dx: 6,
      }),
      reference === undefined ? null : Plot.ruleX([reference], { stroke: "#b45309", strokeDasharray: "4,3" }),
      target === undefined ? null : Plot.tickX(rows.filter((d) => d[target] !== null && d[target] !== undefined), { x: target, y, stroke: "#b45309", strokeWidth: 3 * scale }),
      Plot.ruleX([0]),
    ],
  });
}
