// In Chromium: time from navigation to the first drawn chart of a page (an svg that the
// site's script has marked role=img), and for an empty page, to its heading. A new browser
// context each run, so nothing is cached between runs.
import { existsSync } from "node:fs";
import { CHROMIUM, launchChromium } from "../test/site/chromium.ts";
import { serveDirectory } from "../test/site/staticServer.ts";
import { median } from "./measure.ts";

export async function timeToSelector(site: string, path: string, selector: string, runs: number): Promise<number> {
  const server = await serveDirectory(site);
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const start = performance.now();
      await page.goto(`${server.url}${path}`, { waitUntil: "commit" });
      await page.waitForSelector(selector, { state: "attached", timeout: 120_000 });
      times.push((performance.now() - start) / 1000);
      await context.close();
    }
    return median(times);
  } finally {
    await browser.close();
    await server.close();
  }
}

export function chromiumMissing(): string | null {
  return existsSync(CHROMIUM) ? null : `no Chromium at ${CHROMIUM} (apt-get install -y chromium)`;
}
