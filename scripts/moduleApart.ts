// The office page and Grand Rounds name every office's data file in their module, since
// Framework publishes only the files a page names: 350 KB of inline script at national scale,
// before the page's content. The browser reads all of it (decodes, tokenizes, compiles) before
// it reaches the chart's place, 70-100 ms on this machine. In a file of its own beside the page,
// the module is fetched alongside the page and compiled off the main thread, and the page's
// content, its first chart among it, comes first. Its imports are relative to the page's folder,
// as the file is: they resolve to the same files. (Framework's FileAttachment resolves names
// against the page's address, not the module's.)
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

const INLINE_MODULE = /<script type="module">([\s\S]*?)<\/script>/;

/**
 * Moves the page's inline module to `NAME.module.HASH.js` beside the page file and has the page
 * load it from there, in the same place; returns the page. A page without one is returned as it was.
 */
export function withModuleApart(html: string, pageFile: string): string {
  const found = INLINE_MODULE.exec(html);
  if (!found) return html;
  const source = found[1];
  // Named by its content, as Framework names its files, so a browser never keeps an outdated one.
  const name = `${basename(pageFile, ".html")}.module.${createHash("sha256").update(source).digest("hex").slice(0, 8)}.js`;
  writeFileSync(join(dirname(pageFile), name), source);
  return `${html.slice(0, found.index)}<script type="module" src="./${name}"></script>${html.slice(found.index + found[0].length)}`;
}
