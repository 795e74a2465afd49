// What is wrong with the layout of a page as drawn: a container of a chart or a table that
// scrolls sideways or clips what it holds, and two labels of one chart that overlap. Read by the
// every-page check at 1366 px (build.test.ts) and by layout.test.ts at 1920 px.
import type { Page } from "playwright-core";

export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
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
}

/**
 * Resolves once every cell of the page has drawn, or after `timeout` ms. Framework's placeholders
 * stand only for inline expressions: a block cell that displays (the slide decks) has none, so
 * a page that draws charts (`charts: true`) is also waited on for its first chart; on a busy machine the county
 * deck, which draws after seven files load, came after the placeholders had gone.
 */
export async function drawn(page: Page, { charts = false, timeout = 30_000 } = {}): Promise<void> {
  await page
    .waitForFunction((charts) => document.querySelector("observablehq-loading") === null && (!charts || document.querySelector("svg[role=img][aria-label]") !== null), charts, { timeout })
    .catch(() => undefined);
}
