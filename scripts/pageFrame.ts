// The head and footer every page shares (observablehq.config.ts), written into the built pages
// by the build instead of by Framework. Framework parses a page's head, header and footer in a
// new jsdom window each, every time it loads or renders the page, though they are the same on
// every page: measured, 1.2 s of the 6 s Framework took to build the demo site. The build hands
// Framework a configuration without them (frameworkBuild.mjs) and puts them where Framework's
// template would (render.js of Framework 1.13): the head after the stylesheets and module
// preloads, before the page's module; the footer after <main>. The preview server renders
// them itself as always.
import { readFileSync, writeFileSync } from "node:fs";
import { builtPages } from "./accessibleHtml.ts";

export interface PageFrame {
  head: string | null;
  footer: string | null;
}

/** The configuration's head and footer: Framework turns an absent one into null or its default; this site sets both. */
export async function configuredFrame(configFile: string): Promise<PageFrame> {
  const { default: config } = (await import(configFile)) as { default: { head?: string; footer?: string; header?: string } };
  if (config.header) throw new Error("observablehq.config.ts has a header: the build frames pages with a head and footer only (scripts/pageFrame.ts)");
  return { head: config.head ?? null, footer: config.footer ?? null };
}

export function withPageFrame(html: string, { head, footer }: PageFrame): string {
  const module = html.indexOf('\n<script type="module">');
  const main = html.indexOf("</main>");
  if (module < 0 || main < 0) throw new Error("a built page without Framework's module or <main>: cannot place the head and footer");
  const withFooter = footer === null ? html : `${html.slice(0, main)}</main>\n<footer id="observablehq-footer">\n<div>${footer}</div>\n</footer>${html.slice(main + "</main>".length)}`;
  return head === null ? withFooter : `${withFooter.slice(0, module)}\n${head}${withFooter.slice(module)}`;
}

/** Frames every page of a site Framework has just built; returns how many. */
export function framePages(output: string, frame: PageFrame): number {
  const pages = builtPages(output);
  for (const path of pages) writeFileSync(path, withPageFrame(readFileSync(path, "utf8"), frame));
  return pages.length;
}
