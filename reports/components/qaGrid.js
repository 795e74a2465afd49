// The review operations page's grid of QA timeliness, region by region and year, drawn by the
// page and, with the same rows, at build time (scripts/firstCharts.ts).
import { GroupGrid } from "./groupGrid.js";
import { grouping } from "./reshape.js";

/** The last six years with reviews, and each region's reviews in them (a region is reviewed once a year). */
export function recentRegionYears(qa) {
  const regions = grouping(qa, "region");
  const years = [...new Set(regions.map((d) => d.reviewMonth.slice(0, 4)))].slice(-6);
  const recent = regions.filter((d) => years.includes(d.reviewMonth.slice(0, 4))).map((d) => ({ ...d, period: d.reviewMonth.slice(0, 4), n: d.finalizeDue }));
  return { years, recent };
}

export function QaGrid(recent, { width, years, document }) {
  return GroupGrid(recent, { width, document, share: "finalizedShare", group: "group", periods: years, title: "share of case reviews finalized within 60 days, by region and year of review" });
}

export function firstQaGrid({ qa }, { width, document }) {
  const { years, recent } = recentRegionYears(qa);
  return QaGrid(recent, { width, years, document });
}
