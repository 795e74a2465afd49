// A share or value over time with its interval band and optional reference lines (baseline,
// goal, target), each labelled at the right edge so the chart reads without a legend.
import * as Plot from "@observablehq/plot";

export function TrendChart(rows, { width, x = "date", y = "value", low, high, yDomain, yFormat, yLabel = null, references = [], title = "", height = 260, document } = {}) {
  const points = rows.filter((d) => d[y] !== null).map((d) => ({ ...d, __x: new Date(`${d[x]}T00:00:00Z`) }));
  return Plot.plot({
    // In the browser, the page's document; at build time (scripts/firstCharts.ts), jsdom's.
    document,
    width,
    height,
    // Room for the longest reference label at the right edge ("95% substantial conformity" was cut at a fixed 110 px): about 6 px a character of Plot's 10 px type.
    marginRight: Math.max(110, ...references.map((r) => Math.ceil(String(r.label).length * 6.2) + 12)),
    ariaLabel: title,
    ariaDescription: `Line chart of ${title} over time. The same numbers are in the table below the chart.`,
    x: { type: "utc", label: null },
    y: { domain: yDomain, tickFormat: yFormat, label: yLabel, grid: true },
    marks: [
      low && high ? Plot.areaY(points, { x: "__x", y1: low, y2: high, fill: "#4c78a8", fillOpacity: 0.15 }) : null,
      Plot.lineY(points, { x: "__x", y, stroke: "#4c78a8", strokeWidth: 2 }),
      Plot.dot(points, { x: "__x", y, fill: "#4c78a8", r: 3, tip: true }),
      ...references.flatMap((r) => [
        Plot.ruleY([r.value], { stroke: r.color ?? "#6b7280", strokeDasharray: r.dash ?? "4,3" }),
        Plot.text([r], { frameAnchor: "right", y: r.value, text: () => r.label, textAnchor: "start", dx: 4, fill: r.color ?? "#374151" }),
      ]),
    ],
  });
}
