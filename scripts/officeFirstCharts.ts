// The office page's first chart arrives with the page too, for whichever office the address
// names (?office=SLUG). One page serves every office, so its HTML cannot hold the chart: each
// office's chart (its latest review's ratings, as the page first draws it: a figure of the
// rating key and the SVG) is drawn at build time into an HTML fragment of its own, and a few
// lines of script in the page fetch the one the address names, while Plot, d3 and the office's
// data (its whole review history) still load. When the page's cell runs, Framework removes the
// placeholder and the live chart takes its place, as on the other pages (firstCharts.ts).
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { JSDOM } from "jsdom";
// @ts-expect-error: the site's components are plain JavaScript, without types
import { firstReviewRatings } from "../reports/components/reviewRatings.js";
import { asImage, FIRST_CHART_WIDTH, withPreloadsAfterContent } from "./firstCharts.ts";

export const OFFICE_CHART = {
  /** The page's `data-first-chart` marker. */
  name: "review-ratings",
  page: "qsr/office.html",
  /** The office slices the build writes beside the loaders (prebuiltPageData.ts), relative to reports/. */
  slices: "qsr/offices/slices",
  /** Where the charts are published, relative to the output folder: a folder starting "_", as Framework's own, holds no page. */
  folder: "_first-charts/offices",
  /** The same, from the page. */
  fromPage: "../_first-charts/offices",
};

/** The office the page opens on without ?office: the first with a review, as the page chooses. */
function firstOffice(reports: string): string | null {
  const offices = JSON.parse(readFileSync(join(reports, "data/qsr-offices.json"), "utf8")) as { slug: string; lastReview: string | null }[];
  return offices.find((d) => d.lastReview !== null)?.slug ?? null;
}

/**
 * Draws each office's first chart into `staging` (SLUG.html) from the office slices beside the
 * loaders; returns how many, and the office the page opens on. Runs while Framework builds.
 */
export function drawOfficeCharts(reports: string, staging: string): { drawn: number; first: string | null } {
  const slices = join(reports, OFFICE_CHART.slices);
  if (!existsSync(slices) || !existsSync(join(reports, "data/qsr-offices.json"))) return { drawn: 0, first: null };
  mkdirSync(staging, { recursive: true });
  const { window } = new JSDOM("");
  const document = window.document as unknown as Document;
  let drawn = 0;
  for (const file of readdirSync(slices).filter((f) => f.endsWith(".json"))) {
    const chart = firstReviewRatings(JSON.parse(readFileSync(join(slices, file), "utf8")), { width: FIRST_CHART_WIDTH, document });
    if (!chart) continue;
    writeFileSync(join(staging, file.replace(/\.json$/, ".html")), asImage(chart));
    drawn++;
  }
  window.close();
  return { drawn, first: firstOffice(reports) };
}

/** The heap of the process that draws the office charts, in MB: its garbage is collected well before the build's memory target (2 GB). */
const DRAWING_HEAP_MB = 384;

/** drawOfficeCharts in a process of its own, with a capped heap (officeChartsProcess.ts); tsx found from here, not from wherever the build was started. */
export async function drawOfficeChartsApart(reports: string, staging: string): Promise<{ drawn: number; first: string | null }> {
  const script = join(dirname(fileURLToPath(import.meta.url)), "officeChartsProcess.ts");
  const { stdout } = await promisify(execFile)(process.execPath, [`--max-old-space-size=${DRAWING_HEAP_MB}`, "--import", import.meta.resolve("tsx"), script, reports, staging], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout) as { drawn: number; first: string | null };
}

/** The script that fetches the chart of the office the address names, as early as the page can. */
export function officeChartFetch(first: string): string {
  return `<script>window.crdOfficeChart = fetch(${JSON.stringify(`${OFFICE_CHART.fromPage}/`)} + encodeURIComponent(new URLSearchParams(location.search).get("office") ?? ${JSON.stringify(first)}) + ".html").then((r) => (r.ok ? r.text() : ""), () => "");</script>`;
}

/** The script that puts the fetched chart into the placeholder, as soon as both are there, unless the live chart came first. */
export function officeChartPlacement(): string {
  const marker = `[data-first-chart="${OFFICE_CHART.name}"] > observablehq-loading`;
  return `<script>window.crdOfficeChart?.then((chart) => { const spot = document.querySelector(${JSON.stringify(marker)}); if (chart && spot) { spot.className = "first-chart"; spot.innerHTML = chart; } });</script>`;
}

const MODULE_SCRIPT = '<script type="module">';

/**
 * The page with the fetch in its head, before the page's module: that module names every
 * office's data file (350 KB at national scale), and the fetch should not wait for the parser
 * to read it. The placement follows the chart's root (Framework finds the placeholder as the
 * root's previous sibling, so nothing may stand between them): it runs as soon as the parser
 * reaches the placeholder, with the chart most often already fetched. The page as it was when
 * it has no placeholder for the chart.
 */
export function withOfficeChartScript(html: string, first: string): string {
  const fetchAt = html.indexOf(MODULE_SCRIPT);
  const root = new RegExp(`<div data-first-chart="${OFFICE_CHART.name}"><observablehq-loading></observablehq-loading><!--:[0-9a-f]{8}(?:-\\d+)?:-->`).exec(html);
  if (fetchAt < 0 || !root || root.index < fetchAt) return html;
  const placeAt = root.index + root[0].length;
  return `${html.slice(0, fetchAt)}${officeChartFetch(first)}\n${html.slice(fetchAt, placeAt)}${officeChartPlacement()}${html.slice(placeAt)}`;
}

/** Publishes the drawn charts beside the built office page and has the page show them; returns how many. */
export function publishOfficeCharts(staging: string, output: string, first: string | null): number {
  const page = join(output, OFFICE_CHART.page);
  if (!first || !existsSync(page) || !existsSync(staging)) return 0;
  const html = readFileSync(page, "utf8");
  const patched = withOfficeChartScript(html, first);
  if (patched === html) return 0;
  const folder = join(output, OFFICE_CHART.folder);
  mkdirSync(folder, { recursive: true });
  const charts = readdirSync(staging).filter((f) => f.endsWith(".html"));
  for (const file of charts) copyFileSync(join(staging, file), join(folder, file));
  writeFileSync(page, withPreloadsAfterContent(patched));
  return charts.length;
}
