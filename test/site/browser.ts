// A built site in Chromium for a describe block (see chromium.ts for the browser itself).
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "./chromium.ts";
import { serveDirectory } from "./staticServer.ts";

export { CHROMIUM, launchChromium } from "./chromium.ts";

/**
 * A built site served on loopback and a Chromium to read it, for one describe block: `open`
 * loads a page, waits for its first table, and collects console errors.
 */
export function siteInBrowser(root: () => string) {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveDirectory>>;
  beforeAll(async () => {
    server = await serveDirectory(root());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    /**
     * `modules: false` withholds the page's JavaScript files (its inline scripts still run): the
     * page as a reader sees it while its modules are on their way.
     */
    async open(path: string, { waitForTable = true, javaScript = true, modules = true, viewport = { width: 1280, height: 720 } } = {}) {
      const page = await browser.newPage({ javaScriptEnabled: javaScript, viewport });
      if (!modules) await page.route(/\.js(\?|$)/, (route) => route.abort());
      const errors: string[] = [];
      const offsite: string[] = [];
      page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("request", (r) => { if (!r.url().startsWith(server.url) && !/^(blob|data):/.test(r.url())) offsite.push(r.url()); });
      await page.goto(`${server.url}${path}`);
      if (waitForTable && javaScript && modules) await page.waitForSelector("table.data-table tbody tr");
      // With scripts blocked the page is whole once loaded (goto waits for that): nothing runs to
      // fetch more. Waiting for network idle there timed out once in CI on a busy machine.
      else if (javaScript && modules) await page.waitForLoadState("networkidle");
      return { page, errors, offsite };
    },
  };
}
