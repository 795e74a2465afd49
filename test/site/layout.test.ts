// Pages on a meeting room screen (1920 x 1080): nothing that holds a chart or a table scrolls
// sideways or clips what it holds, and no two labels of a chart overlap. The same checks at
// 1366 x 768, the laptops people use, run in the every-page pass of build.test.ts (one visit a
// page for those and its accessibility check).
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium.ts";
import { drawn, layoutProblems } from "./layoutProblems.ts";
import { sharedSite } from "./sharedSite.ts";
import { serveDirectory } from "./staticServer.ts";

const PAGES = [
  "/", "/qsr/county", "/qsr/trends", "/qsr/indicators", "/qsr/offices/", "/qsr/office?office=northgate",
  "/qsr/grand-rounds?office=northgate", "/qsr/grand-rounds?office=northgate&slide=5", "/qsr/grand-rounds?county&slide=2",
  "/cfsr/pip-update", "/cfsr/case-review-results", "/cfsr/item-performance", "/cfsr/review-schedule", "/cfsr/review-operations",
  "/sip/", "/sip/measures", "/sip/counties/alder",
];
const SIZE = { width: 1920, height: 1080 };
// The home page, the office list and the schedule draw no chart.
const drawsCharts = (path: string) => !["/", "/qsr/offices/", "/cfsr/review-schedule"].includes(path);

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDirectory>>;

beforeAll(async () => {
  server = await serveDirectory((await sharedSite()).out);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe(`at ${SIZE.width} x ${SIZE.height}`, () => {
  // Pages are checked four at a time (each waits for its data and charts), then reported one by one.
  const found = new Map<string, string[]>();
  beforeAll(async () => {
    const check = async (path: string) => {
      const page = await browser.newPage({ viewport: SIZE });
      await page.goto(`${server.url}${path}`);
      await page.waitForLoadState("networkidle");
      await drawn(page, { charts: drawsCharts(path) });
      // A chart drawn by resize() draws once its box is measured, just after its cell.
      await page.waitForTimeout(300);
      found.set(path, await layoutProblems(page));
      await page.close();
    };
    for (let i = 0; i < PAGES.length; i += 4) await Promise.all(PAGES.slice(i, i + 4).map(check));
  }, 300_000);

  it.each(PAGES)("%s: no chart or table container scrolls or clips, no chart labels overlap", (path) => {
    expect(found.get(path)!.slice(0, 8)).toEqual([]);
  });
});
