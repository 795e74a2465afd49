// Pages that use the screen, at the sizes people use (1366 x 768 laptops, 1920 x 1080 meeting
// room screens): nothing that holds a chart or a table scrolls sideways or clips what it
// holds, and no two labels of a chart overlap.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium.ts";
import { sharedSite } from "./sharedSite.ts";
import { serveDirectory } from "./staticServer.ts";

const PAGES = [
  "/", "/qsr/county", "/qsr/trends", "/qsr/indicators", "/qsr/offices/", "/qsr/office?office=northgate",
  "/qsr/grand-rounds?office=northgate", "/qsr/grand-rounds?office=northgate&slide=5", "/qsr/grand-rounds?county&slide=2",
  "/cfsr/pip-update", "/cfsr/case-review-results", "/cfsr/item-performance", "/cfsr/review-schedule", "/cfsr/review-operations",
  "/sip/", "/sip/measures", "/sip/counties/alder",
];
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

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

/** What is wrong with the layout of one page at one size (see the checks below). */
async function layoutProblems(path: string, size: { width: number; height: number }): Promise<string[]> {
  const page = await browser.newPage({ viewport: size });
  await page.goto(`${server.url}${path}`);
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(300);
  const found = await page.evaluate(() => {
    const problems: string[] = [];
    const visible = (el: Element) => (el as HTMLElement).offsetParent !== null || el.tagName === "svg";
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? `.${el.className.split(" ")[0]}` : ""}${el.getAttribute("aria-label") ? `[${el.getAttribute("aria-label")!.slice(0, 50)}]` : ""}`;
    const holders = new Set<Element>([document.querySelector("#observablehq-main")!]);
    for (const content of Array.from(document.querySelectorAll("svg[role=img], table.data-table"))) {
      if (!visible(content)) continue;
      for (let el = content.parentElement; el && el.id !== "observablehq-main"; el = el.parentElement) holders.add(el);
    }
    for (const el of holders) {
      if (el.scrollWidth > el.clientWidth + 1) problems.push(`${name(el)} is ${el.scrollWidth} px wide inside ${el.clientWidth} px`);
    }
    for (const svg of Array.from(document.querySelectorAll("svg[role=img]"))) {
      if (!visible(svg)) continue;
      const boxes = Array.from(svg.querySelectorAll("text"))
        .filter((t) => (t.textContent ?? "").trim() !== "")
        .map((t) => ({ text: t.textContent!.trim(), box: t.getBoundingClientRect() }))
        .filter((t) => t.box.width > 0 && t.box.height > 0);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i].box, boxes[j].box];
          const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (overlapX > 1 && overlapY > 1) problems.push(`${name(svg)}: "${boxes[i].text}" overlaps "${boxes[j].text}"`);
        }
      }
    }
    return problems;
  });
  await page.close();
  return found;
}

describe.each(SIZES)("at $width x $height", (size) => {
  // Pages are checked four at a time (each waits for its data and charts), then reported one by one.
  const found = new Map<string, string[]>();
  beforeAll(async () => {
    for (let i = 0; i < PAGES.length; i += 4) {
      await Promise.all(PAGES.slice(i, i + 4).map(async (path) => found.set(path, await layoutProblems(path, size))));
    }
  }, 300_000);

  it.each(PAGES)("%s: no chart or table container scrolls or clips, no chart labels overlap", (path) => {
    expect(found.get(path)!.slice(0, 8)).toEqual([]);
  });
});
