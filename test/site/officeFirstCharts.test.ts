// The office page's first chart arrives with the page for whichever office the address names
// (scripts/officeFirstCharts.ts): each office's latest review's ratings, drawn when the site is
// built into a fragment of its own, fetched by a few lines of inline script while the page's
// modules load, and replaced by the live chart when they run.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { computeDataset } from "../../src/datasets/print.ts";
import { lockBuild } from "../../scripts/buildLock.ts";
import { OFFICE_CHART, officeChartFetch, officeChartPlacement, withOfficeChartScript } from "../../scripts/officeFirstCharts.ts";
import { siteInBrowser } from "./browser.ts";
import { sharedSite, type SharedSite } from "./sharedSite.ts";

let site: SharedSite;
beforeAll(async () => {
  site = await sharedSite();
}, 300_000);

describe("the office page's script for its first chart", () => {
  it("fetches in the head, before the page's module (which names every office's data file, 350 KB at national scale), and places the chart right after its root, never between the placeholder and the root (Framework finds the placeholder as the root's previous sibling)", () => {
    const page = '<head><script>observer</script>\n<script type="module">registerFile("a");</script></head><body><div data-first-chart="review-ratings"><observablehq-loading></observablehq-loading><!--:0123abcd:--></div></body>';
    const patched = withOfficeChartScript(page, "northgate");
    expect(patched).toBe(`<head><script>observer</script>\n${officeChartFetch("northgate")}\n<script type="module">registerFile("a");</script></head><body><div data-first-chart="review-ratings"><observablehq-loading></observablehq-loading><!--:0123abcd:-->${officeChartPlacement()}</div></body>`);
    expect(officeChartFetch("northgate")).toContain('?? "northgate"');
    const unmarked = '<head><script type="module"></script></head><body><div><observablehq-loading></observablehq-loading><!--:0123abcd:--></div></body>';
    expect(withOfficeChartScript(unmarked, "northgate")).toBe(unmarked);
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
