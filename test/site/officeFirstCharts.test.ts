// The office page's first chart arrives with the page for whichever office the address names
// (scripts/officeFirstCharts.ts): each office's latest review's ratings, drawn when the site is
// built into a fragment of its own, fetched by a few lines of inline script while the page's
// modules load, and replaced by the live chart when they run.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { JSDOM } from "jsdom";
import { beforeAll, describe, expect, it } from "vitest";
import { computeDataset } from "../../src/datasets/print.ts";
import { lockBuild } from "../../scripts/buildLock.ts";
import { chartFetch, chartPlacement, GRAND_ROUNDS_DECK, OFFICE_CHART, withChartScripts } from "../../scripts/officeFirstCharts.ts";
import { siteInBrowser } from "./browser.ts";
import { sharedSite, type SharedSite } from "./sharedSite.ts";

let site: SharedSite;
beforeAll(async () => {
  site = await sharedSite();
}, 300_000);

describe("the office page's script for its first chart", () => {
  it("fetches in the head, before the page's module (which names every office's data file, 350 KB at national scale), and places the chart right after its root, never between the placeholder and the root (Framework finds the placeholder as the root's previous sibling)", () => {
    const page = '<head><script>observer</script>\n<script type="module">registerFile("a");</script></head><body><div data-first-chart="review-ratings"><observablehq-loading></observablehq-loading><!--:0123abcd:--></div></body>';
    const patched = withChartScripts(page, OFFICE_CHART, "northgate");
    expect(patched).toBe(`<head><script>observer</script>\n${chartFetch(OFFICE_CHART, "northgate")}\n<script type="module">registerFile("a");</script></head><body><div data-first-chart="review-ratings"><observablehq-loading></observablehq-loading><!--:0123abcd:-->${chartPlacement(OFFICE_CHART)}</div></body>`);
    expect(chartFetch(OFFICE_CHART, "northgate")).toContain(', "northgate")');
    // Before the stylesheet too: an inline script after a stylesheet waits for it to load.
    const styled = '<head><link rel="preload" as="style" href="s.css"><link rel="stylesheet" type="text/css" href="s.css"><script type="module">registerFile("a");</script></head><body><div data-first-chart="review-ratings"><observablehq-loading></observablehq-loading><!--:0123abcd:--></div></body>';
    expect(withChartScripts(styled, OFFICE_CHART, "northgate").startsWith(`<head>${chartFetch(OFFICE_CHART, "northgate")}\n<link rel="preload" as="style"`)).toBe(true);
    const unmarked = '<head><script type="module"></script></head><body><div><observablehq-loading></observablehq-loading><!--:0123abcd:--></div></body>';
    expect(withChartScripts(unmarked, OFFICE_CHART, "northgate")).toBe(unmarked);
  });
});

describe("the office page and Grand Rounds as built", () => {
  it.each([OFFICE_CHART.page, GRAND_ROUNDS_DECK.page])("%s loads its module, which names every office's data file, from a file beside it named by its content, after its content", (page) => {
    const html = readFileSync(join(site.out, page), "utf8");
    expect(html).not.toContain('<script type="module">');
    const loads = [...html.matchAll(/<script type="module" src="\.\/([^"]+)"><\/script>/g)].map((m) => m[1]);
    expect(loads).toHaveLength(1);
    const [name] = loads;
    const source = readFileSync(join(site.out, dirname(page), name), "utf8");
    expect(name).toBe(`${page.replace(/^.*\/|\.html$/g, "")}.module.${createHash("sha256").update(source).digest("hex").slice(0, 8)}.js`);
    expect(source).toContain('import {define} from "../_observablehq/client.');
    expect(source).toContain('registerFile("./offices/slices/northgate.json"');
    // Where the module was: before the content (its code runs once the page is read, as a module's does).
    expect(html.indexOf(name)).toBeLessThan(html.indexOf("<main"));
  });
});

describe("each office's first chart as built", () => {
  it("is drawn for every office with a review, as its latest review's ratings, and for no other", async () => {
    const offices = (await computeDataset("qsr-offices", site.warehouse)).filter((o) => o.lastReview !== null);
    const folder = join(site.out, OFFICE_CHART.folder);
    expect(readdirSync(folder).sort()).toEqual(offices.map((o) => `${o.slug}.html`).sort());
    for (const office of offices) {
      const chart = readFileSync(join(folder, `${office.slug}.html`), "utf8");
      expect(chart).toContain(`aria-label="ratings of every indicator, ${office.office}, ${office.lastReview}"`);
      expect(chart).toContain('role="img"');
    }
  });
});

describe("the office page's first chart in Chromium", () => {
  const browser = siteInBrowser(() => site.out);
  const drawnChart = "observablehq-loading.first-chart svg[role=img][aria-label]";

  it("shows the chart of the office the address names, or of the first office, while the page's modules load, within its card at 1366 px", async () => {
    const offices = (await computeDataset("qsr-offices", site.warehouse)).filter((o) => o.lastReview !== null);
    for (const [address, office] of [[`?office=${offices.at(-1)!.slug}`, offices.at(-1)!], ["", offices[0]]] as const) {
      const { page } = await browser.open(`/qsr/office${address}`, { modules: false, viewport: { width: 1366, height: 768 } });
      const chart = page.locator(drawnChart);
      await chart.waitFor();
      expect(await chart.getAttribute("aria-label")).toBe(`ratings of every indicator, ${office.office}, ${office.lastReview}`);
      const main = await page.locator("#observablehq-main").evaluate((m) => [m.scrollWidth, m.clientWidth]);
      expect(main[0]).toBeLessThanOrEqual(main[1] + 1);
      await page.close();
    }
  });

  it("shows nothing in its place for an office the site does not have, and the page still opens on the first office", async () => {
    const { page, errors } = await browser.open("/qsr/office?office=no-such-office", { waitForTable: true });
    expect(await page.locator("observablehq-loading.first-chart").count()).toBe(0);
    // The missing fragment's 404 is the only error: the page itself falls back to the first office.
    expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
    expect(await page.locator("[data-first-chart] svg[role=img]").count()).toBe(1);
    await page.close();
  });

  it("gives way to the live chart when the page's scripts run", async () => {
    const { page, errors } = await browser.open("/qsr/office", { waitForTable: true });
    await expect.poll(() => page.locator("observablehq-loading.first-chart").count()).toBe(0);
    expect(await page.locator("[data-first-chart] svg[role=img]").count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("leaves nothing in the build's staging folder", async () => {
    // Under the build lock: other test files build in this checkout meanwhile, and a build under way holds its staging folder.
    const reports = join(dirname(fileURLToPath(import.meta.url)), "../../reports");
    const unlock = await lockBuild(join(reports, ".observablehq", "build.lock"));
    try {
      expect(existsSync(join(reports, ".observablehq", "office-charts"))).toBe(false);
    } finally {
      unlock();
    }
  });
});

describe("the Grand Rounds decks as built", () => {
  it("are drawn for the county and for every office with a review, each its latest review's deck up to its first chart, with its buttons disabled", async () => {
    const offices = (await computeDataset("qsr-offices", site.warehouse)).filter((o) => o.lastReview !== null);
    const folder = join(site.out, GRAND_ROUNDS_DECK.folder);
    expect(readdirSync(join(folder, "offices")).sort()).toEqual(offices.map((o) => `${o.slug}.html`).sort());
    const drawn = (file: string) => new JSDOM(readFileSync(join(folder, file), "utf8")).window.document.querySelector(".deck")!;
    for (const office of offices) {
      const deck = drawn(`offices/${office.slug}.html`);
      expect(deck.getAttribute("aria-label")).toBe(`Grand Rounds, ${office.office}, review of ${office.lastReview}`);
      const slides = [...deck.querySelectorAll(".slide")];
      // Slides 1-3 are text (the review, strengths, challenges); the 4th, child and family status, is the first chart.
      expect(slides.map((s) => s.querySelector("svg[role=img]") !== null)).toEqual([false, false, false, true]);
      expect(Number(deck.getAttribute("data-slides"))).toBeGreaterThan(slides.length);
      expect([...deck.querySelectorAll("button")].every((b) => b.hasAttribute("disabled"))).toBe(true);
    }
    const county = drawn("county.html");
    expect(county.getAttribute("aria-label")).toBe("County-wide Grand Rounds");
    expect([...county.querySelectorAll(".slide")].at(-1)!.querySelector("svg[role=img]")).not.toBeNull();
  });
});

describe("the Grand Rounds deck in Chromium while the page's modules load", () => {
  const browser = siteInBrowser(() => site.out);
  const withheld = async (address: string) => {
    const { page } = await browser.open(`/qsr/grand-rounds${address}`, { modules: false, waitForTable: false, viewport: { width: 1366, height: 768 } });
    // The placement runs as the parser passes the deck's root: by load, it has or it will not.
    await page.waitForLoadState("load");
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    const shown = await page.evaluate(() => {
      const deck = document.querySelector("observablehq-loading.first-chart .deck");
      return deck && { label: deck.getAttribute("aria-label"), current: deck.querySelector(".slide.current")!.getAttribute("aria-label"), status: deck.querySelector(".deck-status")!.textContent, currentCount: deck.querySelectorAll(".slide.current").length };
    });
    const main = await page.locator("#observablehq-main").evaluate((m) => [m.scrollWidth, m.clientWidth]);
    await page.close();
    return { shown, fits: main[0] <= main[1] + 1 };
  };

  it("shows the deck the address names (the county's, an office's, the first office's) on the slide it names, within the page at 1366 px", async () => {
    const offices = (await computeDataset("qsr-offices", site.warehouse)).filter((o) => o.lastReview !== null);
    const last = offices.at(-1)!;
    const county = await withheld("?county");
    expect(county.shown?.label).toBe("County-wide Grand Rounds");
    expect(county.shown?.current).toMatch(/^Slide 1 of \d+: County-wide Grand Rounds/);
    expect(county.fits).toBe(true);
    const office = await withheld(`?office=${last.slug}`);
    expect(office.shown?.label).toBe(`Grand Rounds, ${last.office}, review of ${last.lastReview}`);
    expect((await withheld(""))?.shown?.label).toBe(`Grand Rounds, ${offices[0].office}, review of ${offices[0].lastReview}`);
    const fourth = await withheld(`?office=${last.slug}&slide=4`);
    expect(fourth.shown).toEqual({ label: office.shown!.label, current: expect.stringMatching(/^Slide 4 of \d+: Child and family status$/), status: fourth.shown?.current, currentCount: 1 });
  });

  it("shows nothing ahead where the page will draw another deck: a slide past those drawn, an earlier review, an office the site does not have", async () => {
    const last = (await computeDataset("qsr-offices", site.warehouse)).filter((o) => o.lastReview !== null).at(-1)!;
    expect((await withheld(`?office=${last.slug}&slide=5`)).shown).toBeNull();
    expect((await withheld(`?office=${last.slug}&review=an-earlier-review`)).shown).toBeNull();
    expect((await withheld("?office=no-such-office")).shown).toBeNull();
  });

  it("gives way to the live deck, one deck on the page, on the slide the address names", async () => {
    const { page, errors } = await browser.open("/qsr/grand-rounds?county&slide=2", { waitForTable: false });
    await expect.poll(() => page.locator("observablehq-loading.first-chart").count(), { timeout: 20_000 }).toBe(0);
    await page.locator(".deck button:not([disabled])").first().waitFor();
    expect(await page.locator(".deck").count()).toBe(1);
    expect(await page.locator(".deck .slide.current").getAttribute("aria-label")).toMatch(/^Slide 2 of \d+: /);
    expect(errors).toEqual([]);
    await page.close();
  });
});
