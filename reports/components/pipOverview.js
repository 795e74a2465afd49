// The quarterly PIP update's every item at a glance: each item's latest judged window, its share
// rated a Strength with its interval and n, against the item's baseline and adjusted goal. The
// page draws it at the top, and scripts/firstCharts.ts draws it into the page at build time.
import * as Plot from "@observablehq/plot";
import { percent } from "./format.js";

/** An item's status, as pip-items has it, and the colour its dot takes. */
export const PIP_STATUS_COLORS = { met: "#15803d", "on track": "#1d4ed8", "not met": "#c2410c", "not yet measured": "#6b7280" };

/**
 * One row an item: its label, status, baseline and adjusted goal (pip-items), and its latest
 * judged window with the window's interval (the pip-progress row that ends when the item's
 * latest judged window does). A figure masked in public mode, or an item with no judged window
 * yet, is null: the row then says which.
 */
export function pipOverviewRows(items, progress) {
  return items.map((item) => {
    const window = item.latestWindowEnd === null ? undefined : progress.find((d) => d.item === item.item && d.windowEnd === item.latestWindowEnd);
    return {
      label: `${item.item}. ${item.itemLabel}`,
      status: item.status,
      baseline: item.baseline,
      goal: item.adjustedGoal,
      windowEnd: item.latestWindowEnd,
      performance: item.latestPerformance,
      applicable: item.latestApplicable,
      low: window?.low ?? null,
      high: window?.high ?? null,
      masked: (item.masked ?? []).includes("latestPerformance"),
    };
  });
}

/** What the row says beside the chart: "91% of 111 · met"; "not yet measured", or "masked · on track" (public mode), where there is no dot. */
export function overviewText(d) {
  if (d.performance === null) return d.masked ? `masked · ${d.status}` : d.status;
  return `${percent(d.performance)} of ${d.applicable ?? "masked"} · ${d.status}`;
}

export function PipOverview(rows, { width, document }) {
  if (rows.length === 0) {
    const none = (document ?? globalThis.document).createElement("p");
    none.textContent = "No PIP item is measured yet.";
    return none;
  }
  const longest = Math.max(...rows.map((d) => d.label.length));
  const values = rows.flatMap((d) => [d.baseline, d.goal, d.low, d.high, d.performance]).filter((v) => v !== null);
  // Shares near the top of the scale are what PIPs are about: start the axis below the lowest
  // figure shown, on a tenth, so that a 2-point gap between baseline and goal stays visible.
  const low = values.length === 0 ? 0 : Math.max(0, Math.floor((Math.min(...values) - 0.05) * 10) / 10);
  const withDot = rows.filter((d) => d.performance !== null);
  // Item names run to 75 characters: past 40% of the width they wrap onto a second line.
  const marginLeft = Math.min(Math.max(120, longest * 6), width * 0.4);
  return Plot.plot({
    document,
    width,
    height: 28 * rows.length + 50,
    marginLeft,
    marginRight: 190,
    ariaLabel: "each PIP item's latest judged window against its baseline and adjusted goal",
    ariaDescription: "Dot plot of each item's share rated a Strength in its latest judged window, with its interval, beside the item's baseline (grey dashed tick) and adjusted goal (green tick); the dot is coloured by the item's status. The same numbers are in the status table below.",
    color: { domain: Object.keys(PIP_STATUS_COLORS), range: Object.values(PIP_STATUS_COLORS), legend: true },
    x: { domain: [low, 1], tickFormat: (d) => percent(d), label: "Strength in the latest judged window", grid: true, axis: "top" },
    y: { domain: rows.map((d) => d.label), label: null, axis: null },
    marks: [
      // Plot's lineWidth is in ems of its 10 px text, measured with its own table of widths: a
      // tenth to spare for the screen's font.
      Plot.axisY({ label: null, lineWidth: (marginLeft - 12) / 11, tickSize: 0 }),
      Plot.tickX(rows.filter((d) => d.baseline !== null), { x: "baseline", y: "label", stroke: "#6b7280", strokeWidth: 2, strokeDasharray: "3,2" }),
      Plot.tickX(rows.filter((d) => d.goal !== null), { x: "goal", y: "label", stroke: "#15803d", strokeWidth: 3 }),
      Plot.ruleY(withDot.filter((d) => d.low !== null && d.high !== null), { y: "label", x1: "low", x2: "high", stroke: "status", strokeOpacity: 0.5, strokeWidth: 2 }),
      Plot.dot(withDot, { x: "performance", y: "label", r: 5, fill: "status" }),
      Plot.text(rows, { y: "label", frameAnchor: "right", textAnchor: "start", dx: 8, text: overviewText, fill: "#374151" }),
    ],
  });
}

/** The chart as the page draws it: every item. */
export function firstPipOverview({ items, progress }, { width, document }) {
  return PipOverview(pipOverviewRows(items, progress), { width, document });
}
