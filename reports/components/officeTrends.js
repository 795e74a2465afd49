// The office trends page's small charts, one per office, of an overall indicator at each
// review, in the pieces the page composes (the indicator and the office group are the
// reader's choices) and composed with the page's defaults for the chart drawn at build time
// (scripts/firstCharts.ts).
import * as Plot from "@observablehq/plot";
import { officeGroups } from "./officeGroups.js";
import { percent } from "./format.js";
import { smallMultiples } from "./reshape.js";

export const OVERALL_NAMES = new Map([["practice_overall", "Overall practice performance"], ["status_overall", "Overall child and family status"]]);
export const FIRST_OVERALL = "practice_overall";
/** More than 24 offices: the small charts show 24 at a time. */
export const trendGroups = (trends) => officeGroups([...new Set(trends.map((d) => d.office))], 24);

/** The county's target for `indicator` as segments, clipped to the reviews' dates so that the axis keeps to the data. */
export function targetSegments(targets, trends, indicator) {
  const reviewDates = trends.map((d) => d.reviewDate).sort();
  return targets
    .filter((t) => t.indicator === indicator && (t.toDate ?? "9999") >= reviewDates[0])
    .map((t) => ({
      share: t.shareAcceptable,
      from: new Date(`${t.fromDate < reviewDates[0] ? reviewDates[0] : t.fromDate}T00:00:00Z`),
      to: new Date(`${t.toDate === null || t.toDate > reviewDates.at(-1) ? reviewDates.at(-1) : t.toDate}T00:00:00Z`),
    }));
}

/** `trend` and `offices` as smallMultiples gives them: each office's small chart, four to a row. */
export function OfficeTrends(trend, { width, offices, indicator, targetLine, document }) {
  return Plot.plot({
    document,
    width,
    height: 110 * Math.max(1, Math.ceil(offices / 4)),
    ariaLabel: `${OVERALL_NAMES.get(indicator)} by office over the years`,
    ariaDescription: "Small charts, one per office, of the share acceptable at each review with its interval. The same numbers are in the table below.",
    fx: { axis: null },
    // Rows of small charts far enough apart that one's "0%" never touches the next one's "100%".
    fy: { axis: null, padding: 0.25 },
    facet: { data: trend, x: "column", y: "row" },
    x: { type: "utc", label: null, ticks: 3 },
    y: { domain: [0, 1], tickFormat: (d) => percent(d), ticks: 3, label: null, grid: true },
    marks: [
      Plot.ruleY([0.5], { stroke: "#ddd" }),
      // The county's target for the indicator, over the dates it applies (drawn in every office's chart).
      Plot.link(targetLine, { x1: "from", x2: "to", y1: "share", y2: "share", stroke: "#c2410c", strokeWidth: 1.5, strokeDasharray: "4,2" }),
      Plot.link(trend, { x1: "date", x2: "date", y1: "low", y2: "high", stroke: "#9ca3af" }),
      Plot.line(trend, { x: "date", y: "share", z: "office", stroke: "#4c78a8" }),
      Plot.dot(trend, { x: "date", y: "share", fill: "#4c78a8", r: 2.5 }),
      Plot.text(trend, Plot.selectFirst({ text: "office", frameAnchor: "top-left", dy: 2, fontWeight: "bold" })),
    ],
  });
}

/** The small charts as the page first draws them: overall practice, the first group of offices. */
export function firstOfficeTrends({ trends, targets }, { width, document }) {
  const [group] = trendGroups(trends);
  const { rows, offices } = smallMultiples(trends, { indicator: FIRST_OVERALL, offices: group?.offices ?? [] });
  return OfficeTrends(rows, { width, offices, indicator: FIRST_OVERALL, targetLine: targetSegments(targets, trends, FIRST_OVERALL), document });
}
