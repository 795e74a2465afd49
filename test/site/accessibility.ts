// axe's serious and critical violations on a page as drawn, with its colour-contrast rule run on
// one element of each look rather than on every element. That rule is most of axe's time: it
// walks the stacked boxes behind each text element, 3-4 s for the PIP update's 2,445 table
// cells on this 2-core machine. Two elements whose text and every box behind them compute to
// the same styles (the same colours, font, opacity, blending, positioning, all the way up)
// have the same contrast, so one of them answers for all. Every other rule runs on everything.
import type { Page } from "playwright-core";

const AXE = "node_modules/axe-core/axe.min.js";

export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: unknown[] }[] };
    const axe = (window as unknown as { axe: { run: (context: unknown, options: object) => Promise<Result>; configure: (spec: object) => void } }).axe;
    // A colour-contrast count is of elements checked: one of each look.
    const serious = (result: Result) =>
      result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes${v.id === "color-contrast" ? ", one of each look" : ""})`);

    // What decides an element's contrast: its text's colour, size, weight and shadow, whether it
    // is drawn at all, and each box behind it up the tree (a background, an image, see-through,
    // blended or filtered, or positioned so that it may lie over something else).
    const look = (element: Element) => {
      const own = getComputedStyle(element);
      const parts: unknown[] = [element.namespaceURI, element.localName, own.color, own.fontSize, own.fontWeight, own.textShadow, own.visibility, element.getClientRects().length > 0];
      for (let box: Element | null = element; box; box = box.parentElement) {
        const style = getComputedStyle(box);
        parts.push(style.backgroundColor, style.backgroundImage, style.opacity, style.mixBlendMode, style.filter, style.position, style.zIndex);
      }
      return JSON.stringify(parts);
    };
    const withText = Array.from(document.body.querySelectorAll("*")).filter((element) =>
      Array.from(element.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? "").trim() !== ""),
    );
    const oneOfEachLook = new Map<string, Element>();
    for (const element of withText) {
      const key = look(element);
      if (!oneOfEachLook.has(key)) oneOfEachLook.set(key, element);
    }

    // One run: colour contrast is checked on the marked elements, every other rule everywhere.
    const MARK = "data-contrast-sample";
    for (const element of oneOfEachLook.values()) element.setAttribute(MARK, "");
    axe.configure({ rules: [{ id: "color-contrast", selector: `[${MARK}]` }] });
    try {
      return serious(await axe.run(document, { resultTypes: ["violations"] }));
    } finally {
      for (const element of oneOfEachLook.values()) element.removeAttribute(MARK);
    }
  });
}
