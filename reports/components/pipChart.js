// One PIP item's quarterly rolling performance: each window's share of applicable cases rated
// a Strength with its interval, the baseline and adjusted goal lines, the end of the
// measurement period, windows not judged (provisional, after the measurement period, data
// incomplete) hollow and dashed (shown, never used to judge), and windows that met the goal marked.
import * as Plot from "@observablehq/plot";
import { percent } from "./format.js";

export function PipChart(rows, { width, baseline, goal, measurementEnd = null, title = "" } = {}) {
  const points = rows.filter((d) => d.performance !== null).map((d) => ({ ...d, date: new Date(`${d.windowEnd}T00:00:00Z`) }));
  const judged = points.filter((d) => d.judged);
  const notJudged = points.filter((d) => !d.judged);
  const references = [
    baseline === null ? null : { value: baseline, label: `baseline ${percent(baseline, 1)}`, color: "#6b7280", dash: "4,3" },
    goal === null ? null : { value: goal, label: `adjusted goal ${percent(goal, 1)}`, color: "#15803d", dash: null },
  ].filter(Boolean);
  const values = points.flatMap((d) => [d.low, d.high]).concat(references.map((r) => r.value)).filter((v) => v !== null);
  const low = Math.max(0, Math.floor((Math.min(...values) - 0.05) * 10) / 10);
  const high = Math.min(1, Math.ceil((Math.max(...values) + 0.05) * 10) / 10);
  const end = measurementEnd && points.some((d) => d.windowEnd > measurementEnd) ? new Date(`${measurementEnd}T00:00:00Z`) : null;
  return Plot.plot({
    width,
    height: 280,
    marginRight: 140,
    ariaLabel: title,
    ariaDescription: `Rolling 12-month performance of ${title} at each quarter end, with its interval, baseline and adjusted goal. Windows not judged are drawn hollow. The same numbers are in the table below the chart.`,
    x: { type: "utc", label: "Window ending" },
    y: { domain: [low, high], tickFormat: (d) => percent(d), label: "Strength", grid: true },
    marks: [
      Plot.areaY(judged, { x: "date", y1: "low", y2: "high", fill: "#4c78a8", fillOpacity: 0.15 }),
      // One dashed line through every window, the judged run drawn solid over it.
      Plot.lineY(points, { x: "date", y: "performance", stroke: "#4c78a8", strokeDasharray: "3,3" }),
      Plot.lineY(judged, { x: "date", y: "performance", stroke: "#4c78a8", strokeWidth: 2 }),
      Plot.dot(notJudged, { x: "date", y: "performance", stroke: "#4c78a8", fill: "white", r: 3.5 }),
      Plot.dot(judged, { x: "date", y: "performance", fill: (d) => (d.goalMet ? "#15803d" : "#4c78a8"), r: 3.5, symbol: (d) => (d.goalMet ? "diamond" : "circle") }),
      ...(end ? [Plot.ruleX([end], { stroke: "#6b7280", strokeDasharray: "2,2" }), Plot.text([end], { x: (d) => d, frameAnchor: "top", text: () => "end of measurement period", textAnchor: "end", dx: -4, dy: 4, fill: "#4b5563" })] : []),
      ...references.flatMap((r) => [
        Plot.ruleY([r.value], { stroke: r.color, strokeDasharray: r.dash ?? undefined, strokeWidth: 1.5 }),
        Plot.text([r], { frameAnchor: "right", y: r.value, text: () => r.label, textAnchor: "start", dx: 4, fill: r.color }),
      ]),
    ],
  });
}
