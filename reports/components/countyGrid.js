// The county overview's grid of every office's latest review, in the pieces the page composes
// cell by cell (the closed-offices toggle and the office group are the reader's choices), and
// composed with the page's defaults for the chart drawn at build time (scripts/firstCharts.ts),
// so that the chart that arrives with the page is the one the page then draws.
import { GroupGrid } from "./groupGrid.js";
import { officeGroups } from "./officeGroups.js";
import { gridCells } from "./reshape.js";

/** Indicator name -> label, in the order of qsr-county-indicators. */
export const indicatorLabels = (county) => new Map(county.map((d) => [d.indicator, d.indicatorLabel]));

/** The latest reviews of open offices, and of closed ones when `showClosed`. */
export function latestOfOffices(latestShares, offices, showClosed) {
  const open = new Set(offices.filter((o) => o.closed === null).map((o) => o.office));
  return latestShares.filter((d) => showClosed || open.has(d.office));
}

/** As many offices as the screen holds at about 40 px a column (19 at 1366 px, 30 at 1920), beside the indicator names. */
export const officesPerGroup = (width) => Math.max(10, Math.floor((width - 230) / 40));

/** The groups of offices the grid shows one at a time when there are more than fit. */
export const gridGroups = (shown, width) => officeGroups([...new Set(shown.map((d) => d.office))], officesPerGroup(width));

/** Each review's standing against the county's target, by review and indicator (qsr-target-status). */
export const targetStanding = (targetStatus) => new Map(targetStatus.map((d) => [`${d.reviewId}|${d.indicator}`, d.targetStatus]));

export function CountyGrid(cells, { width, labels, standing, document }) {
  return GroupGrid(cells, {
    width,
    document,
    share: "share",
    groups: [...labels.values()],
    rotateColumns: true,
    target: (d) => standing.get(`${d.reviewId}|${d.indicator}`),
    title: "share acceptable by indicator and office at each office's latest review",
  });
}

/** The grid as the page first draws it: open offices, the first group. */
export function firstCountyGrid({ latestShares, offices, county, targetStatus }, { width, document }) {
  const labels = indicatorLabels(county);
  const shown = latestOfOffices(latestShares, offices, false);
  const [group] = gridGroups(shown, width);
  const cells = gridCells(shown, { labels, column: "office", columns: group?.offices ?? [] });
  return CountyGrid(cells, { width, labels, standing: targetStanding(targetStatus), document });
}
