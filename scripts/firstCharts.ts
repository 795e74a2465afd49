// The first chart of a page arrives with the page. Framework draws every chart in the browser
// once Plot and d3 (about 590 KB of modules) and the page's data have loaded: seconds on a
// large county, during which the reader sees a spinner, and nothing at all with scripts
// blocked. After Framework builds the site, this draws each page's first chart here, with the
// page's own chart function and data (the files the build wrote beside the loaders) and the
// page's default choices, in jsdom, and writes the SVG into the built page, inside the
// placeholder Framework shows until the chart's cell runs. When the cell runs, Framework
// removes the placeholder and the live chart takes its place: the page takes over.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { RESULT_CHOICES } from "../src/datasets/osriResultSlices.ts";
// @ts-expect-error: the site's components are plain JavaScript, without types
import { firstCountyGrid } from "../reports/components/countyGrid.js";
// @ts-expect-error: as above
import { firstIndicatorBars } from "../reports/components/indicatorBars.js";
// @ts-expect-error: as above
import { firstOfficeTrends } from "../reports/components/officeTrends.js";
// @ts-expect-error: as above
import { firstItemQuarters } from "../reports/components/itemQuarters.js";
// @ts-expect-error: as above
import { firstQaGrid } from "../reports/components/qaGrid.js";
// @ts-expect-error: as above
import { firstPipOverview } from "../reports/components/pipOverview.js";
// @ts-expect-error: as above
import { firstStateResults } from "../reports/components/stateResults.js";
// @ts-expect-error: as above
import { firstSipMeasures } from "../reports/components/sipMeasures.js";
// @ts-expect-error: as above
import { firstSipGrid } from "../reports/components/sipGrid.js";

/** The width the chart is drawn at: the page's width on a 1366 px screen (Framework's `width`, which picks the county grid's office group); the SVG scales to the card it stands in (style.css). */
export const FIRST_CHART_WIDTH = 1000;

interface FirstChart {
  /** The page's `data-first-chart` marker on the element that holds the chart's expression alone. */
  name: string;
  /** The built page, relative to the output folder. */
  page: string;
  /** The page's data: each argument of `draw` and the file (relative to reports/) it is read from. */
  files: Record<string, string>;
  draw: (data: Record<string, unknown>, options: { width: number; document: Document }) => Element;
}

export const FIRST_CHARTS: FirstChart[] = [
  {
    name: "county-grid",
    page: "qsr/county.html",
    files: { latestShares: "data/qsr-latest-shares.json", offices: "data/qsr-offices.json", county: "data/qsr-county-indicators.json", targetStatus: "data/qsr-target-status.json" },
    draw: firstCountyGrid,
  },
  { name: "indicator-bars", page: "qsr/indicators.html", files: { county: "data/qsr-county-indicators.json" }, draw: firstIndicatorBars },
  { name: "office-trends", page: "qsr/trends.html", files: { trends: "data/qsr-overall-trends.json", targets: "data/qsr-targets.json" }, draw: firstOfficeTrends },
  { name: "item-quarters", page: "cfsr/item-performance.html", files: { quarters: "data/osri-item-quarters.json" }, draw: firstItemQuarters },
  { name: "pip-overview", page: "cfsr/pip-update.html", files: { items: "data/pip-items.json", progress: "data/pip-progress.json" }, draw: firstPipOverview },
  // The slice of the choice the page opens on (the first); firstStateResults refuses another.
  { name: "state-results", page: "cfsr/case-review-results.html", files: { choices: "cfsr/results/choices.json", slice: `cfsr/results/${RESULT_CHOICES[0].file}.json` }, draw: firstStateResults },
  { name: "qa-grid", page: "cfsr/review-operations.html", files: { qa: "data/qa-timeliness.json" }, draw: firstQaGrid },
  { name: "sip-grid", page: "sip/index.html", files: { progress: "data/sip-progress.json", calendar: "data/ccfsr-calendar.json" }, draw: firstSipGrid },
  // The first county's measures, a card each: the page's charts come together.
  { name: "sip-measures", page: "sip/measures.html", files: { values: "data/sip-values.json" }, draw: firstSipMeasures },
];

const PLACEHOLDER = "<observablehq-loading></observablehq-loading>";

/**
 * The page with `svg` inside the placeholder that opens the element marked `name` (the page
 * wraps the chart's expression alone: `<div data-first-chart="NAME">${resize(...)}</div>`),
 * or the page as it was when it has no such element.
 */
export function withFirstChart(html: string, name: string, svg: string): string {
  const marked = new RegExp(`<[a-z]+ data-first-chart="${name}">${PLACEHOLDER}`).exec(html);
  if (!marked) return html;
  const at = marked.index + marked[0].length - PLACEHOLDER.length;
  return `${html.slice(0, at)}<observablehq-loading class="first-chart">${svg}</observablehq-loading>${html.slice(at + PLACEHOLDER.length)}`;
}

const MODULE_PRELOAD = /<link rel="modulepreload" href="[^"]*">\n?/g;

/**
 * The page with its module preloads moved from the head to the end of the body. Chromium
 * fetches and compiles each preloaded module (d3 and Plot among them, about 590 KB) while it
 * parses the page: on the national county overview that held the chart drawn into the page
 * back by about 0.4 s, a third of its time to show. At the end of the body they are still
 * fetched at once, all together, as soon as the page's content is read, and the live page
 * arrives as soon as before (measured: 2.3-2.5 s either way on that page).
 */
export function withPreloadsAfterContent(html: string): string {
  const preloads = html.match(MODULE_PRELOAD);
  const end = html.lastIndexOf("</body>");
  if (!preloads || end < 0) return html;
  const rest = html.slice(0, end).replace(MODULE_PRELOAD, "");
  return `${rest}${preloads.map((link) => link.trimEnd()).join("\n")}\n${html.slice(end)}`;
}

/**
 * A chart as the page's observer leaves it (observablehq.config.ts): its labelled SVG one image
 * for assistive technology, no labels on its groups. A chart with a legend is a figure holding
 * the legend and the SVG.
 */
export function asImage(chart: Element): string {
  for (const svg of [chart, ...chart.querySelectorAll("svg")].filter((e) => e.tagName.toLowerCase() === "svg" && e.hasAttribute("aria-label"))) {
    svg.setAttribute("role", "img");
    for (const g of svg.querySelectorAll("g[aria-label]")) g.removeAttribute("aria-label");
  }
  return chart.outerHTML;
}

/** Each page's first chart drawn from the page data beside the loaders, as HTML: call while Framework builds, before the data is removed. */
export function drawFirstCharts(reports: string): { chart: FirstChart; html: string }[] {
  const { window } = new JSDOM("");
  const drawn = FIRST_CHARTS.flatMap((chart) => {
    const paths = Object.values(chart.files).map((file) => join(reports, file));
    if (!paths.every(existsSync)) return [];
    const data = Object.fromEntries(Object.entries(chart.files).map(([key, file]) => [key, JSON.parse(readFileSync(join(reports, file), "utf8"))]));
    return [{ chart, html: asImage(chart.draw(data, { width: FIRST_CHART_WIDTH, document: window.document as unknown as Document })) }];
  });
  window.close();
  return drawn;
}

/** Puts the charts drawn into the built pages; returns how many pages. */
export function insertFirstCharts(output: string, drawn: { chart: FirstChart; html: string }[]): number {
  let inserted = 0;
  for (const { chart, html: svg } of drawn) {
    const page = join(output, chart.page);
    if (!existsSync(page)) continue;
    const html = readFileSync(page, "utf8");
    const patched = withFirstChart(html, chart.name, svg);
    if (patched !== html) {
      writeFileSync(page, withPreloadsAfterContent(patched));
      inserted++;
    }
  }
  return inserted;
}
