// Build smoke test: the real Framework build, offline, from a warehouse of the demo data,
// into a temporary folder; the built pages exist and carry the warehouse's numbers.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { slug } from "../../src/format/slug.ts";
import { launchChromium, siteInBrowser } from "./browser.ts";
import { serveDirectory } from "./staticServer.ts";
import { computeDataset } from "../../src/datasets/print.ts";
import { toCsv } from "../../src/format/csv.ts";
import { flattenRow } from "../../src/format/flatten.ts";
import { sharedSite } from "./sharedSite.ts";
import { drawn, layoutProblems } from "./layoutProblems.ts";
import { accessibilityViolations } from "./accessibility.ts";
import { builtPages } from "../../scripts/accessibleHtml.ts";
import { configuredFrame } from "../../scripts/pageFrame.ts";

let out: string;
let warehouse: string;

function builtData(name: string): unknown {
  const dir = join(out, "_file", "data");
  const file = readdirSync(dir).find((f) => f.startsWith(`${name}.`) && f.endsWith(".json"));
  if (!file) throw new Error(`no built ${name} data file in ${dir}`);
  return JSON.parse(readFileSync(join(dir, file), "utf8"));
}

beforeAll(async () => {
  // Built with no network, as an agency's build server behind a firewall has none.
  ({ out, warehouse } = await sharedSite());
}, 300_000);

describe("the built site", () => {
  it.each(["index.html", "qsr/county.html", "qsr/trends.html", "qsr/offices/index.html", "qsr/office.html", "qsr/indicators.html", "cfsr/pip-update.html", "cfsr/case-review-results.html", "cfsr/item-performance.html", "cfsr/review-schedule.html", "sip/measures.html", "sip/index.html", "sip/counties/alder.html"])("has page %s", (page) => {
    expect(existsSync(join(out, page))).toBe(true);
  });

  it.each(["site-info", "qsr-latest-shares", "qsr-overall-trends", "qsr-offices", "qsr-county-indicators", "osri-item-quarters", "pip-baseline", "pip-progress", "pip-items", "review-schedule", "sip-values", "sip-progress", "ccfsr-calendar"])("publishes %s exactly as crd export computes it", async (name) => {
    const expected = await computeDataset(name, warehouse);
    expect(builtData(name)).toEqual(expected);
    expect((expected as unknown[]).length).toBeGreaterThan(0);
  });

  it("gives every page the configured head, before its module, and footer, after its main, once each (the build writes them: scripts/pageFrame.ts)", async () => {
    const frame = await configuredFrame(join(import.meta.dirname, "../../observablehq.config.ts"));
    expect(frame.head).toContain("Content-Security-Policy");
    const pages = builtPages(out);
    expect(pages.length).toBeGreaterThanOrEqual(19);
    for (const path of pages) {
      const html = readFileSync(path, "utf8");
      const head = html.indexOf(`\n${frame.head}`);
      expect({ path, head: head > html.indexOf("<head>") && head < html.indexOf('<script type="module"'), times: html.split(frame.head!).length - 1 }).toEqual({ path, head: true, times: 1 });
      const footer = `</main>\n<footer id="observablehq-footer">\n<div>${frame.footer}</div>\n</footer>`;
      expect({ path, times: html.split(footer).length - 1 }).toEqual({ path, times: 1 });
    }
  });

  it("publishes qsr-shares for download as crd export --format csv prints it", async () => {
    const dir = join(out, "_file", "data");
    const file = readdirSync(dir).find((f) => f.startsWith("qsr-shares.") && f.endsWith(".csv"))!;
    const rows = await computeDataset("qsr-shares", warehouse);
    expect(readFileSync(join(dir, file), "utf8")).toBe(toCsv(rows.map((row) => flattenRow(row))));
  });

  it("publishes OSRI item, outcome and county results one file per measure, together exactly crd export's rows", async () => {
    const dir = join(out, "_file", "cfsr", "results");
    const slices = readdirSync(dir).filter((f) => /^(item|outcome)-/.test(f)).map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")));
    expect(slices).toHaveLength(25);
    const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();
    for (const [kind, name] of [["item", "osri-item-results"], ["outcome", "osri-outcome-results"]]) {
      const published = slices.filter((s) => s.kind === kind).flatMap((s) => s.rows);
      expect(sorted(published)).toEqual(sorted(await computeDataset(name, warehouse)));
    }
    expect(sorted(slices.flatMap((s) => s.counties))).toEqual(sorted(await computeDataset("osri-county-results", warehouse)));
  });

  it("marks the demo data as synthetic", () => {
    expect((builtData("site-info") as { synthetic: boolean }[])[0].synthetic).toBe(true);
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain("Case Review Dashboard");
  });

  it("publishes no case id of the input, anywhere in the site", () => {
    const caseIds = new Set<string>();
    for (const name of ["qsr-cases.csv", "osri-cases.csv"]) {
      const [header, ...lines] = readFileSync(join("data/demo", name), "utf8").trim().split("\n");
      const column = header.split(",").indexOf("case_id");
      for (const line of lines) caseIds.add(line.split(",")[column]);
    }
    expect(caseIds.size).toBeGreaterThan(3000);
    const published = new Set<string>();
    const walk = (directory: string) => {
      for (const name of readdirSync(directory)) {
        const path = join(directory, name);
        if (statSync(path).isDirectory()) walk(path);
        else for (const token of readFileSync(path, "latin1").match(/[A-Za-z0-9-]{4,20}/g) ?? []) published.add(token);
      }
    };
    walk(out);
    expect([...caseIds].filter((id) => published.has(id))).toEqual([]);
  });

  it("requests nothing from a CDN", () => {
    const html = ["index.html", "qsr/indicators.html"].map((p) => readFileSync(join(out, p), "utf8")).join("\n");
    expect(html).not.toMatch(/cdn\.jsdelivr|fonts\.googleapis|https:\/\/[^"' ]+\.js/);
  });
});

describe("the quarterly PIP update in Chromium", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveDirectory>>;
  let page: Page;
  const errors: string[] = [];
  const offsite: string[] = [];

  beforeAll(async () => {
    server = await serveDirectory(out);
    browser = await launchChromium();
    page = await browser.newPage();
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("request", (r) => { if (!r.url().startsWith(server.url) && !r.url().startsWith("blob:") && !r.url().startsWith("data:")) offsite.push(r.url()); });
    await page.goto(`${server.url}/cfsr/pip-update`);
    await page.waitForSelector(".pip-item table tbody tr");
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("shows each item's status as crd export pip-items computes it", async () => {
    const items = await computeDataset("pip-items", warehouse);
    const rows = await page.locator("table.data-table").first().locator("tbody tr").allInnerTexts();
    expect(rows).toHaveLength(items.length);
    items.forEach((item, i) => {
      expect(rows[i]).toContain(`${item.item}. ${item.itemLabel}`);
      expect(rows[i]).toContain(String(item.status));
    });
    const met = items.filter((d) => d.status === "met").length;
    expect(await page.locator(".card", { hasText: "Met" }).first().innerText()).toContain(String(met));
  });

  it("shows every window of every item with the numbers of crd export pip-progress", async () => {
    const progress = await computeDataset("pip-progress", warehouse);
    const sections = page.locator(".pip-item");
    expect(await sections.count()).toBe(new Set(progress.map((p) => p.item)).size);
    const text = await sections.allInnerTexts();
    for (const row of progress) {
      const section = text.find((t) => t.startsWith(`Item ${row.item}:`))!;
      const pct = row.performance === null ? "—" : `${((row.performance as number) * 100).toFixed(0)}% (${row.strengths} of ${row.applicable})`;
      expect(section).toContain(`${row.windowStart} to ${row.windowEnd}`);
      expect(section).toContain(pct);
    }
  });

  it("draws every item at a glance: its latest judged share and n, and its status, as crd export pip-items", async () => {
    const items = await computeDataset("pip-items", warehouse);
    const chart = page.locator('[data-first-chart="pip-overview"] svg[role=img]');
    const text = await chart.evaluate((svg) => Array.from(svg.querySelectorAll("text"), (t) => t.textContent).join("\n"));
    // A long item name wraps onto two lines (two tspans, no space between them in textContent).
    const unspaced = (s: string) => s.replace(/\s/g, "");
    for (const item of items) {
      expect(unspaced(text)).toContain(unspaced(`${item.item}. ${item.itemLabel}`));
      expect(text).toContain(item.latestPerformance === null ? String(item.status) : `${Math.round((item.latestPerformance as number) * 100)}% of ${item.latestApplicable} · ${item.status}`);
    }
    // A dot for each item with a judged window.
    expect(await chart.locator("circle").count()).toBe(items.filter((d) => d.latestPerformance !== null).length);
  });

  it("draws a chart for every item, each with a text alternative", async () => {
    const charts = page.locator(".pip-item svg[aria-label]");
    expect(await charts.count()).toBe(await page.locator(".pip-item").count());
    expect(await charts.first().getAttribute("aria-description")).toContain("The same numbers are in the table");
  });

  it("loads with no console error and no request that leaves the site", () => {
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
  });

  // Last in this block: it changes the page. The every-page check runs axe's colour-contrast
  // rule on one element of each look (accessibility.ts); one pale cell among the page's 2,000
  // alike is a look of its own, and is found.
  it("fails the accessibility check for one table cell of too little contrast among thousands alike", async () => {
    const cells = page.locator("table.data-table td");
    expect(await cells.count()).toBeGreaterThan(1000);
    expect(await accessibilityViolations(page)).toEqual([]);
    await cells.nth(1500).evaluate((cell) => { (cell as HTMLElement).style.color = "#bbb"; });
    expect(await accessibilityViolations(page)).toEqual(["color-contrast (serious, 1 nodes, one of each look)"]);
  });
});

describe("QSR pages in Chromium", () => {
  const site = siteInBrowser(() => out);
  const open = (path: string) => site.open(path);

  it("an office page shows its latest review's numbers exactly as crd export qsr-indicators", async () => {
    const rows = await computeDataset("qsr-indicators", warehouse);
    // The last office, not the first one the page opens on by default: the address chooses it.
    const office = rows.at(-1)!.office as string;
    const latestDate = rows.filter((r) => r.office === office).map((r) => r.reviewDate as string).sort().at(-1);
    const latest = rows.filter((r) => r.office === office && r.reviewDate === latestDate);
    const { page, errors } = await open(`/qsr/office?office=${slug(office)}`);
    const text = (await page.locator("table.data-table").first().innerText()) + (await page.locator("table.data-table").nth(1).innerText());
    for (const row of latest) {
      const share = row.share === null ? null : `${Math.round((row.share as number) * 100)}% (${row.acceptable} of ${row.rated})`;
      if (share) expect(text).toContain(share);
      expect(text).toContain(row.indicatorLabel as string);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("every chart on an office page has a text alternative", async () => {
    const offices = await computeDataset("qsr-offices", warehouse);
    const { page } = await open(`/qsr/office?office=${offices.find((o) => (o.reviews as number) > 0)!.slug}`);
    const charts = page.locator("svg[aria-label]");
    expect(await charts.count()).toBeGreaterThanOrEqual(2);
    for (const chart of await charts.all()) expect(await chart.getAttribute("aria-description")).toMatch(/table/);
    await page.close();
  });

  it("the case review results page loads the chosen item's file and shows its figures as crd export osri-item-results", async () => {
    const rows = (await computeDataset("osri-item-results", warehouse)).filter((r) => r.item === 4 && r.grouping === "state");
    const { page, errors } = await open("/cfsr/case-review-results");
    await page.locator("form select").first().selectOption({ label: `Item 4: ${rows[0].itemLabel}` });
    await page.waitForFunction(() => document.querySelector("h2")?.textContent?.startsWith("Item 4:"));
    const table = await page.locator("table.data-table").last().innerText();
    for (const row of rows) expect(table).toContain(`${Math.round((row.performance as number) * 100)}% (${row.achieved} of ${row.n})`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("an office page shows the Sum-Up of the review chosen on it and prints as that one-page handout", async () => {
    const reviews = await computeDataset("qsr-reviews", warehouse);
    const latest = reviews.at(-1)!;
    const earlier = reviews.filter((r) => r.officeSlug === latest.officeSlug).at(-2)!;
    const { page, errors } = await open(`/qsr/office?office=${latest.officeSlug}`);
    const handout = page.locator(".handout");
    for (const review of [latest, earlier]) {
      if (review === earlier) await page.getByLabel(/^Review/).selectOption({ label: `${earlier.reviewDate} (${earlier.cases} cases)` });
      await expect.poll(() => handout.locator("h2").innerText()).toContain(String(review.reviewDate));
      const text = await handout.innerText();
      for (const s of review.strengths as { indicatorLabel: string }[]) expect(text).toContain(`${s.indicatorLabel}: `);
      expect(await handout.locator("table.data-table tbody tr").count()).toBe(21);
    }
    // Printed, the page is the handout alone, on one Letter page.
    await page.emulateMedia({ media: "print" });
    for (const hidden of await page.locator(".screen-only").all()) expect(await hidden.isVisible()).toBe(false);
    const pdf = await page.pdf({ format: "Letter" });
    expect(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("C-CFSR pages in Chromium", () => {
  const site = siteInBrowser(() => out);

  it("a county page shows each SIP measure's status and latest value as crd export sip-progress, and its cycle calendar", async () => {
    const progress = await computeDataset("sip-progress", warehouse);
    const county = progress[0].county as string;
    const { page, errors } = await site.open(`/sip/counties/${progress[0].countySlug}`);
    const text = await page.locator("main").innerText();
    for (const p of progress.filter((r) => r.county === county)) {
      expect(text).toContain(`${p.measure}: ${p.measureName}`);
      expect(text).toContain(String(p.status));
      const latest = p.unit === "percent" ? `${((p.latest as number) * 100).toFixed(1)}%` : (p.latest as number).toFixed(2);
      // With the counts it comes from: every figure shows its n.
      const counts = `${(p.numerator as number).toLocaleString("en-US")} ${p.unit === "percent" ? "of" : "in"} ${(p.denominator as number).toLocaleString("en-US")}`;
      expect(text).toContain(`latest ${latest} (${counts}`);
    }
    expect(text).toContain("System Improvement Plan (SIP)");
    expect(await page.locator("svg[aria-label]").count()).toBeGreaterThanOrEqual(progress.filter((r) => r.county === county).length);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("every page in Chromium", () => {
  const site = siteInBrowser(() => out);
  // Every page, and an office's slides at a chart slide and at its last slide.
  const PAGES = ["/", "/qsr/county", "/qsr/trends", "/qsr/indicators", "/qsr/offices/", "/qsr/office?office=northgate", "/qsr/grand-rounds?office=northgate", "/qsr/grand-rounds?office=northgate&slide=4", "/qsr/grand-rounds?office=northgate&slide=5", "/qsr/grand-rounds?county&slide=2", "/cfsr/pip-update", "/cfsr/case-review-results", "/cfsr/item-performance", "/cfsr/review-schedule", "/cfsr/review-operations", "/sip/", "/sip/measures", "/sip/counties/alder"];

  // Every page but the home page, the office list and the schedule draws at least one chart.
  const drawsCharts = (path: string) => !["/", "/qsr/offices/", "/cfsr/review-schedule"].includes(path);

  // Three pages at a time, on a 1366 x 768 laptop screen: each waits on its data and its charts,
  // then is checked for its layout (layoutProblems.ts; 1920 px is layout.test.ts) and by axe;
  // then reported page by page. One visit a page for all of it: a visit is 2-5 s here.
  const seen = new Map<string, { charts: number; violations: string[]; errors: string[]; offsite: string[]; layout: string[] }>();
  beforeAll(async () => {
    const check = async (path: string) => {
      // The home page and the slides hold no table.
      const { page, errors, offsite } = await site.open(path, { waitForTable: path !== "/" && !path.includes("grand-rounds"), viewport: { width: 1366, height: 768 } });
      // A page may reach network idle before its last cell has drawn (slides draw after seven
      // files load): wait for every cell, and a chart drawn by resize() to be measured.
      await drawn(page, { charts: drawsCharts(path) });
      await page.waitForTimeout(300);
      const charts = await page.locator("svg[role=img][aria-label]").count();
      const layout = await layoutProblems(page);
      const violations = await accessibilityViolations(page);
      await page.close();
      seen.set(path, { charts, violations, errors, offsite, layout });
    };
    for (let i = 0; i < PAGES.length; i += 3) await Promise.all(PAGES.slice(i, i + 3).map(check));
  }, 300_000);

  it.each(PAGES)("%s draws its charts with no console error, requests nothing off-site, and has no serious or critical accessibility violation", (path) => {
    const { charts, violations, errors, offsite } = seen.get(path)!;
    // One comparison, so that a failure shows everything the visit saw (the console errors of a page that drew no chart, say).
    expect({ drawsCharts: charts > 0, violations, errors, offsite }).toEqual({ drawsCharts: drawsCharts(path), violations: [], errors: [], offsite: [] });
  });

  it.each(PAGES)("%s at 1366 x 768: no chart or table container scrolls or clips, no chart labels overlap", (path) => {
    expect(seen.get(path)!.layout.slice(0, 8)).toEqual([]);
  });
});
