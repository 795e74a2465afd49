// The case review results page's first chart: one item's or outcome's state share, review year
// by review year, against the line it is read by. The page and the chart drawn at build time
// (scripts/firstCharts.ts) both use these, so the two cannot differ.
import { TrendChart } from "./trendChart.js";
import { grouping } from "./reshape.js";
import { percent } from "./format.js";

/**
 * The line each kind of measure is read against (domain.md, substantial conformity): an
 * outcome when 95% of applicable cases Substantially Achieved it, an item an overall strength at
 * 90% Strength.
 */
export const RESULT_LINES = {
  outcome: { line: 0.95, lineLabel: "95% substantial conformity" },
  item: { line: 0.9, lineLabel: "90% strength" },
};

/** A choice of results/choices.json with the line it is read against. */
export const withLine = (choice) => ({ ...choice, ...RESULT_LINES[choice.kind] });

/**
 * A slice's rows as the page shows them: `share` the item's performance or the outcome's
 * Substantially Achieved share, and a review year still under way labelled "(to date)".
 */
export function resultRows(slice, choice) {
  const shareField = choice.kind === "item" ? "performance" : "substantiallyAchieved";
  return slice.rows.map((d) => ({ ...d, share: d[shareField], period: d.partial ? `${d.period} (to date)` : d.period }));
}

/** The state's share by review year, with its interval band and the choice's line. */
export function StateResults(rows, { width, choice, document }) {
  return TrendChart(grouping(rows, "state"), {
    width,
    document,
    x: "periodStart",
    y: "share",
    low: "low",
    high: "high",
    yDomain: [0, 1],
    yFormat: (d) => percent(d),
    title: `${choice.label}, state, by review year`,
    references: [{ value: choice.line, label: choice.lineLabel }],
  });
}

/** The chart as the page first draws it: the first choice (an outcome), from its slice. */
export function firstStateResults({ choices, slice }, { width, document }) {
  const choice = withLine(choices[0]);
  // The build names the first choice's file (scripts/firstCharts.ts): a reordered list must not draw another measure under its name.
  if (slice.file !== choice.file) throw new Error(`the first results choice is ${choice.file}, but the slice read is ${slice.file}`);
  return StateResults(resultRows(slice, choice), { width, choice, document });
}
