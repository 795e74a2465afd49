// The pages whose first chart depends on the office in the address get theirs with the page
// too: the office page (?office=SLUG) and Grand Rounds (?office=SLUG, or ?county). One page
// serves every office, so its HTML cannot hold the chart: each office's chart (the office page:
// its latest review's ratings, as the page first draws it, a figure of the rating key and the
// SVG; Grand Rounds: the office's deck, and the county's) is drawn at build time into an HTML
// fragment of its own, and a few lines of script in the page fetch the one the address names,
// while Plot, d3 and the office's data (its whole review history) still load. When the page's
// cell runs, Framework removes the placeholder and the live chart takes its place, as on the
// other pages (firstCharts.ts).
import { execFile } from "node:child_process";
import { availableParallelism } from "node:os";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { JSDOM, type DOMWindow } from "jsdom";
// @ts-expect-error: the site's components are plain JavaScript, without types
import { firstReviewRatings } from "../reports/components/reviewRatings.js";
// @ts-expect-error: as above
import { firstCountyDeck, firstOfficeDeck } from "../reports/components/grandRoundsDeck.js";
// @ts-expect-error: as above
import { confidenceLevel } from "../reports/components/format.js";
import { asImage, FIRST_CHART_WIDTH, withPreloadsAfterContent } from "./firstCharts.ts";
import { drawingFingerprint, officeChartCache } from "./officeChartCache.ts";
import { officeCount, officesDrawnApart, SLICES } from "./officeDrawingPlace.ts";
import { withModuleApart } from "./moduleApart.ts";

/** A first chart chosen by the address: drawn into a fragment for each office (and the county), fetched by the page. */
export interface AddressChart {
  /** The page's `data-first-chart` marker. */
  name: string;
  /** The built page, relative to the output folder. */
  page: string;
  /** Where the fragments are published, relative to the output folder: a folder starting "_", as Framework's own, holds no page. */
  folder: string;
  /** The same, from the page. */
  fromPage: string;
  /** The fragment the address names (without ".html"), as a JavaScript expression of `params` (the address's query) and `first` (the office the page opens on). */
  fragmentFor: string;
  /** Whether the fetched fragment's element is what the page will draw for `params`, as JavaScript: a function that may also choose what the element shows. */
  accepts: string;
  /** The global the fetch leaves its promise in. */
  promise: string;
}

export const OFFICE_CHART: AddressChart = {
  name: "review-ratings",
  page: "qsr/office.html",
  folder: "_first-charts/offices",
  fromPage: "../_first-charts/offices",
  fragmentFor: 'encodeURIComponent(params.get("office") ?? first)',
  accepts: "() => true",
  promise: "crdOfficeChart",
};

/**
 * The deck opens on the address's slide (?slide=N) of the address's review (?review=ID, the
 * office's latest when none); a deck drawn ahead holds the latest review's slides up to the
 * first chart (grandRoundsDeck.js), and is shown only where it is the deck the page will draw,
 * on the slide it will open on.
 */
const DECK_ACCEPTS = `(deck, params) => {
  if (!params.has("county") && params.has("review") && deck.dataset.review !== params.get("review")) return false;
  const slides = deck.querySelectorAll(".slide");
  const asked = Number(params.get("slide"));
  const at = Number.isInteger(asked) && asked >= 1 && asked <= Number(deck.dataset.slides) ? asked : 1;
  if (at > slides.length) return false;
  slides.forEach((slide, i) => slide.classList.toggle("current", i === at - 1));
  deck.querySelector(".deck-status").textContent = slides[at - 1].getAttribute("aria-label");
  return true;
}`;

export const GRAND_ROUNDS_DECK: AddressChart = {
  name: "grand-rounds-deck",
  page: "qsr/grand-rounds.html",
  folder: "_first-charts/grand-rounds",
  fromPage: "../_first-charts/grand-rounds",
  // Office decks in a folder of their own: an office's slug could be "county".
  fragmentFor: '(params.has("county") ? "county" : "offices/" + encodeURIComponent(params.get("office") ?? first))',
  accepts: DECK_ACCEPTS,
  promise: "crdGrandRoundsDeck",
};

/** The office the pages open on without ?office: the first with a review, as they choose. */
function firstOffice(reports: string): string | null {
  const offices = JSON.parse(readFileSync(join(reports, "data/qsr-offices.json"), "utf8")) as { slug: string; lastReview: string | null }[];
  return offices.find((d) => d.lastReview !== null)?.slug ?? null;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

/** What the county-wide deck reads, as the Grand Rounds page reads it (grand-rounds.md.template). */
const COUNTY_DECK_FILES = {
  latest: "qsr-latest-shares.json",
  offices: "qsr-offices.json",
  county: "qsr-county-indicators.json",
  themes: "qsr-theme-categories.json",
  steps: "qsr-next-step-offices.json",
  targetStatus: "qsr-target-status.json",
  targets: "qsr-targets.json",
};

/**
 * What an office's drawings read of its slice, as text: its latest review and that review's
 * indicator rows. The first chart is that review's ratings; the deck is drawn up to its first
 * chart (grandRoundsDeck.js): that review's lead shares, strengths, challenges and status
 * ratings, and every slide's title. Not the rest-of-county comparison, the changes, themes,
 * steps or targets, which the slides after it show: a new review elsewhere in the county changes
 * those, and the office's drawings stay as they were (officeChartCache.ts keys them by this).
 * test/scripts/officeChartCache.test.ts holds the drawings to it: drawn from a slice cut down to
 * this, they are the same.
 */
export function drawnFrom(slice: { reviews: { reviewId: string }[]; indicators: { reviewId: string }[] }): string {
  const latest = slice.reviews.at(-1);
  if (!latest) return JSON.stringify({ review: null });
  return JSON.stringify({ review: latest, indicators: slice.indicators.filter((d) => d.reviewId === latest.reviewId) });
}

/** Where each chart's fragments are staged, inside the staging folder: its published folder's last part. */
const stagedAt = (staging: string, chart: AddressChart) => join(staging, basename(chart.folder));

/** How many offices have their chart and deck, how many of them were kept from an earlier build, and the office the pages open on. */
export interface OfficesDrawn {
  drawn: number;
  kept: number;
  first: string | null;
}

/**
 * Draws, from the page data beside the loaders, each office's first chart and its Grand Rounds
 * deck, and the county's deck, into `staging`; returns how many offices, and the office the
 * pages open on. Runs while Framework builds.
 */
export function drawOfficeCharts(reports: string, staging: string, { part = 0, parts = 1 } = {}): OfficesDrawn {
  const slices = join(reports, SLICES);
  const data = join(reports, "data");
  if (!existsSync(slices) || !existsSync(join(data, "qsr-offices.json"))) return { drawn: 0, kept: 0, first: null };
  const charts = stagedAt(staging, OFFICE_CHART);
  const decks = stagedAt(staging, GRAND_ROUNDS_DECK);
  mkdirSync(charts, { recursive: true });
  mkdirSync(join(decks, "offices"), { recursive: true });
  const [info] = readJson(join(data, "site-info.json")) as unknown[];
  const confidence = confidenceLevel(info) as string;
  // Offices whose slice and drawing code are as when they were last drawn are not drawn again (officeChartCache.ts).
  const kept = officeChartCache(join(reports, ".observablehq", "office-chart-cache"), drawingFingerprint(reports, confidence));
  // The address the deck reads its slide from (slideDeck.js): none, so slide 1.
  const { window } = new JSDOM("", { url: "https://crd.invalid/qsr/grand-rounds" });
  let drawn = 0;
  let reused = 0;
  withPageGlobals(window, () => {
    const document = window.document as unknown as Document;
    // This process's share of the offices (drawOfficeChartsApart).
    const files = readdirSync(slices).filter((f) => f.endsWith(".json")).sort().filter((_, i) => i % parts === part);
    for (const file of files) {
      const slug = file.replace(/\.json$/, "");
      const slice = JSON.parse(readFileSync(join(slices, file), "utf8"));
      const source = drawnFrom(slice);
      let drawing = kept.get(slug, source);
      if (drawing) reused++;
      else {
        const chart = firstReviewRatings(slice, { width: FIRST_CHART_WIDTH, document });
        drawing = chart ? { chart: asImage(chart), deck: asImage(inADocumentOfItsOwn(window, () => firstOfficeDeck(slice, { confidence }))) } : { chart: null, deck: null };
        kept.put(slug, source, drawing);
      }
      if (drawing.chart === null || drawing.deck === null) continue;
      writeFileSync(join(charts, `${slug}.html`), drawing.chart);
      writeFileSync(join(decks, "offices", `${slug}.html`), drawing.deck);
      drawn++;
    }
    if (part !== 0) return;
    const county = Object.fromEntries(Object.entries(COUNTY_DECK_FILES).map(([key, file]) => [key, readJson(join(data, file))]));
    writeFileSync(join(decks, "county.html"), asImage(inADocumentOfItsOwn(window, () => firstCountyDeck(county, { confidence }))));
  });
  window.close();
  return { drawn, kept: reused, first: firstOffice(reports) };
}

/** The heap of the process that draws the office charts, in MB: its garbage is collected well before the build's memory target (2 GB). */
const DRAWING_HEAP_MB = 384;

/**
 * The processes that share the drawing: one a core where there are enough offices. About 40 ms
 * an office (its chart 18 ms, its deck 23 ms): 40 s for 1,000 offices in one process, beside
 * Framework's own 16-18 s of build. A process takes about 1.5 s to start (Node, tsx, jsdom,
 * Plot): for the demo's 20 offices a second one made the build 2 s slower, not faster.
 */
const OFFICES_A_PROCESS = 200;
const drawingProcesses = (offices: number) => Math.max(1, Math.min(4, availableParallelism(), Math.ceil(offices / OFFICES_A_PROCESS)));

/** drawOfficeCharts in processes of their own, each with a capped heap (officeChartsProcess.ts); tsx found from here, not from wherever the build was started. */
export async function drawOfficeChartsApart(reports: string, staging: string): Promise<OfficesDrawn> {
  const script = join(dirname(fileURLToPath(import.meta.url)), "officeChartsProcess.ts");
  if (!officesDrawnApart(reports)) return drawOfficeCharts(reports, staging);
  const offices = officeCount(reports);
  const processes = drawingProcesses(offices);
  const parts = Array.from({ length: processes }, async (_, part) => {
    const args = [`--max-old-space-size=${DRAWING_HEAP_MB}`, "--import", import.meta.resolve("tsx"), script, reports, staging, String(part), String(processes)];
    const { stdout } = await promisify(execFile)(process.execPath, args, { maxBuffer: 1 << 20 });
    return JSON.parse(stdout) as OfficesDrawn;
  });
  const drawn = await Promise.all(parts);
  return { drawn: drawn.reduce((sum, d) => sum + d.drawn, 0), kept: drawn.reduce((sum, d) => sum + d.kept, 0), first: drawn[0].first };
}

/** The script that fetches the fragment the address names, as early as the page can. */
export function chartFetch(chart: AddressChart, first: string): string {
  return `<script>window.${chart.promise} = ((params, first) => fetch(${JSON.stringify(`${chart.fromPage}/`)} + ${chart.fragmentFor} + ".html").then((r) => (r.ok ? r.text() : ""), () => ""))(new URLSearchParams(location.search), ${JSON.stringify(first)});</script>`;
}

/** The script that puts the fetched fragment into the placeholder, as soon as both are there, where it is what the page will draw, unless the live chart came first. */
export function chartPlacement(chart: AddressChart): string {
  const marker = `[data-first-chart="${chart.name}"] > observablehq-loading`;
  return `<script>window.${chart.promise}?.then((fragment) => { const spot = document.querySelector(${JSON.stringify(marker)}); if (!fragment || !spot) return; const parsed = document.createElement("template"); parsed.innerHTML = fragment; const drawn = parsed.content.firstElementChild; if (!drawn || !(${chart.accepts})(drawn, new URLSearchParams(location.search))) return; spot.className = "first-chart"; spot.replaceChildren(parsed.content); });</script>`;
}

const MODULE_SCRIPT = '<script type="module">';
const FIRST_STYLESHEET = /<link rel="(?:preload" as="style|stylesheet)"/;

/**
 * The page with the fetch in its head, before its stylesheet and its module. An inline script
 * after a stylesheet waits for the stylesheet to load (100-200 ms measured at national scale).
 * The fetch is of the site's own file, which the page's content security policy, later in the
 * head, allows too (connect-src 'self'). The placement follows the chart's root (Framework finds the placeholder as the root's
 * previous sibling, so nothing may stand between them): it runs as soon as the parser reaches
 * the placeholder, with the fragment most often already fetched. The page as it was when it
 * has no placeholder for the chart.
 */
export function withChartScripts(html: string, chart: AddressChart, first: string): string {
  const moduleAt = html.indexOf(MODULE_SCRIPT);
  const stylesheetAt = FIRST_STYLESHEET.exec(html)?.index ?? -1;
  const fetchAt = stylesheetAt >= 0 && stylesheetAt < moduleAt ? stylesheetAt : moduleAt;
  const root = new RegExp(`<div data-first-chart="${chart.name}"><observablehq-loading></observablehq-loading><!--:[0-9a-f]{8}(?:-\\d+)?:-->`).exec(html);
  if (moduleAt < 0 || !root || root.index < moduleAt) return html;
  const placeAt = root.index + root[0].length;
  return `${html.slice(0, fetchAt)}${chartFetch(chart, first)}\n${html.slice(fetchAt, placeAt)}${chartPlacement(chart)}${html.slice(placeAt)}`;
}

/** Publishes the drawn fragments beside each built page and has the page show them, its module in a file of its own; returns how many offices have the office page's. */
export function publishOfficeCharts(staging: string, output: string, first: string | null): number {
  let published = 0;
  for (const chart of [OFFICE_CHART, GRAND_ROUNDS_DECK]) {
    const page = join(output, chart.page);
    if (!existsSync(page)) continue;
    const html = readFileSync(page, "utf8");
    const staged = stagedAt(staging, chart);
    const patched = first && existsSync(staged) ? withChartScripts(html, chart, first) : html;
    if (patched !== html) {
      cpSync(staged, join(output, chart.folder), { recursive: true });
      if (chart === OFFICE_CHART) published = readdirSync(staged).length;
    }
    // The module, which names every office's file, after the page's content (moduleApart.ts).
    writeFileSync(page, withModuleApart(patched === html ? html : withPreloadsAfterContent(patched), page));
  }
  return published;
}

/**
 * Runs `draw` with jsdom's window as the page's globals: the decks are built with htl, which
 * reads `document` (and `Node`, `NodeList`...) from the global scope, and the deck reads the
 * address and keeps its slide in it. Put back as they were after.
 */
function withPageGlobals(window: DOMWindow, draw: () => void): void {
  const names = ["window", "document", "location", "history", "Node", "NodeList", "NodeFilter", "HTMLCollection", "Element", "HTMLElement", "MutationObserver"] as const;
  const globals = globalThis as Record<string, unknown>;
  const before = names.map((name) => Object.getOwnPropertyDescriptor(globalThis, name));
  for (const name of names) Object.defineProperty(globalThis, name, { value: name === "window" ? window : (window as unknown as Record<string, unknown>)[name], configurable: true, writable: true });
  try {
    draw();
  } finally {
    names.forEach((name, i) => {
      const descriptor = before[i];
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete globals[name];
    });
  }
}

/**
 * Runs `draw` with a document of its own as the global one. A deck listens on the document for
 * its keys and watches it to stop listening once taken off the page (slideDeck.js); a deck drawn
 * here is never on the page, so in the one document every deck stayed reachable: 1,000 offices'
 * decks ran the drawing process out of its heap. A document of its own goes with its deck.
 */
function inADocumentOfItsOwn<T>(window: DOMWindow, draw: () => T): T {
  const globals = globalThis as Record<string, unknown>;
  const before = globals.document;
  globals.document = window.document.implementation.createHTMLDocument("");
  try {
    return draw();
  } finally {
    globals.document = before;
  }
}
