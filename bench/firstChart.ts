// In Chromium: how long after navigation a page first shows its first chart (an svg that the
// site's script has marked role=img), and an empty page its heading. A new browser context each
// run, so nothing is cached between runs.
//
// Measured inside the page, on the page's own clock from the start of navigation: a script that
// runs before any of the page's own scripts notes when the element is first in the document, and the time
// the frame drawn with it in has ended (a message posted from that frame's animation callback
// is handled once its layout and paint are done). Asked from outside instead, with Playwright's
// waitForSelector, the answer came when Playwright next polled: it polls at 0, 20, 50, 100 and
// 100 ms, then every 500 ms, so a chart shown at 0.3 s was reported at 0.8 s, an empty page's
// heading at 0.2 s. That quantised every page's figure and its ratio to the empty page.
import { existsSync } from "node:fs";
import { CHROMIUM, launchChromium } from "../test/site/chromium.ts";
import { serveDirectory } from "../test/site/staticServer.ts";
import { median } from "./measure.ts";

/** Milliseconds from navigation: the element in the document, and the end of the first frame that shows it. */
export interface Shown {
  attached: number;
  shown: number;
}

/**
 * Runs in the page before its own scripts: notes when `selector` first matches, and when the
 * frame drawn with it ends. A string, not a function: tsx names the functions it compiles with a
 * helper of its own (`__name`), which the page does not have.
 */
const noteFirstShown = (selector: string) => `(() => {
  const selector = ${JSON.stringify(selector)};
  const note = () => {
    if (!document.querySelector(selector)) return false;
    const attached = performance.now();
    requestAnimationFrame(() => {
      const afterFrame = new MessageChannel();
      afterFrame.port1.onmessage = () => { window.crdBenchShown = { attached, shown: performance.now() }; };
      afterFrame.port2.postMessage(null);
    });
    return true;
  };
  // The site's own observer marks a chart role=img: an attribute change, not a new node.
  const observer = new MutationObserver(() => { if (note()) observer.disconnect(); });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["role"] });
})();`;

/** The medians over `runs` visits of when `path` first has `selector` in the document and on screen, in seconds. */
export async function timeToShown(site: string, path: string, selector: string, runs: number): Promise<{ attached: number; shown: number }> {
  const server = await serveDirectory(site);
  const browser = await launchChromium();
  try {
    const seen: Shown[] = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript({ content: noteFirstShown(selector) });
      await page.goto(`${server.url}${path}`, { waitUntil: "commit" });
      const handle = await page.waitForFunction(() => (window as unknown as { crdBenchShown?: Shown }).crdBenchShown, undefined, { timeout: 120_000 });
      seen.push((await handle.jsonValue()) as Shown);
      await context.close();
    }
    return { attached: median(seen.map((s) => s.attached)) / 1000, shown: median(seen.map((s) => s.shown)) / 1000 };
  } finally {
    await browser.close();
    await server.close();
  }
}

export function chromiumMissing(): string | null {
  return existsSync(CHROMIUM) ? null : `no Chromium at ${CHROMIUM} (apt-get install -y chromium)`;
}
