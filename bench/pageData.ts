// What each page loads, measured in Chromium: every data file (JSON) the page fetches on
// opening, until the network is idle, gzipped as a web server would send it. Files a page only
// names (a download link, the files of an item not chosen yet) are not loaded and not counted.
// Every page of the site is opened except the instances of a parameterized page (an office, a
// county), of which the one that names the most data is opened: they are the same page.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { launchChromium } from "../test/site/chromium.ts";
import { serveDirectory } from "../test/site/staticServer.ts";

export interface PageData {
  page: string;
  files: { file: string; gzipBytes: number }[];
  totalGzipBytes: number;
  largestGzipBytes: number;
}

export function htmlFiles(root: string): string[] {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    if (statSync(path).isDirectory()) return name.startsWith("_") ? [] : htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

/** "/sip/counties/" for reports/sip/counties/[county].md: the routes whose pages are instances. */
export function parameterizedRoutes(reports: string, prefix = "/"): string[] {
  return readdirSync(reports).flatMap((name) => {
    const path = join(reports, name);
    if (statSync(path).isDirectory()) return name.startsWith(".") ? [] : parameterizedRoutes(path, `${prefix}${name}/`);
    return /^\[\w+\]\.md$/.test(name) ? [prefix] : [];
  });
}

/** The JSON files a built page names (registerFile), gzipped: an upper bound of what it loads. */
function namedBytes(site: string, html: string, gzipSize: (path: string) => number): number {
  const text = readFileSync(html, "utf8");
  const paths = [...text.matchAll(/registerFile\([^,]+,\s*\{[^}]*"path":"([^"]+)"/g)].map((m) => m[1]).filter((p) => p.endsWith(".json"));
  return [...new Set(paths)].reduce((sum, path) => sum + gzipSize(resolve(dirname(html), path)), 0);
}

export async function pageData(site: string, reports: string): Promise<PageData[]> {
  const gzipped = new Map<string, number>();
  const gzipSize = (path: string) => {
    if (!gzipped.has(path)) gzipped.set(path, gzipSync(readFileSync(path), { level: 6 }).length);
    return gzipped.get(path)!;
  };
  const routes = parameterizedRoutes(reports);
  const pageOf = (html: string) => `/${relative(site, html).replace(/\.html$/, "").replace(/(^|\/)index$/, "$1")}`;
  const instanceOf = (page: string) => routes.find((r) => page.startsWith(r) && page !== r && !page.slice(r.length).includes("/"));
  const opened = new Map<string, { page: string; named: number }>();
  for (const html of htmlFiles(site)) {
    const page = pageOf(html);
    const key = instanceOf(page) ?? page;
    const named = namedBytes(site, html, gzipSize);
    if (!opened.has(key) || opened.get(key)!.named < named) opened.set(key, { page, named });
  }
  const server = await serveDirectory(site);
  const browser = await launchChromium();
  try {
    const results: PageData[] = [];
    for (const { page: path } of opened.values()) {
      const page = await browser.newPage();
      const fetched = new Set<string>();
      page.on("response", (response) => {
        const url = new URL(response.url());
        if (url.pathname.startsWith("/_file/") && url.pathname.endsWith(".json") && response.ok()) fetched.add(decodeURIComponent(url.pathname));
      });
      await page.goto(`${server.url}${path}`, { waitUntil: "networkidle", timeout: 120_000 });
      const files = [...fetched].map((file) => ({ file: file.slice(1), gzipBytes: gzipSize(join(site, file)) }));
      results.push({ page: path, files, totalGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0), largestGzipBytes: Math.max(0, ...files.map((f) => f.gzipBytes)) });
      await page.close();
    }
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}
