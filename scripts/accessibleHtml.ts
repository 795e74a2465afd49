// Framework's page template has a few accessibility faults that its config cannot change: no
// `lang` on <html>, a sidebar toggle labelled only by its title, and a <label> directly inside
// the sidebar's <ol>. The build patches each built page; government sites must be accessible.
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function patchFrameworkHtml(html: string, lang = "en"): string {
  return html
    .replace(/<html>/, `<html lang="${lang}">`)
    .replace('<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar">', '<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar" aria-label="Toggle sidebar">')
    .replace(
      /<ol>\s*<label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"><\/label>/,
      '<label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle" aria-label="Close sidebar"></label>\n  <ol>',
    );
}

export function patchBuiltSite(directory: string): number {
  const pages = builtPages(directory);
  for (const path of pages) writeFileSync(path, patchFrameworkHtml(readFileSync(path, "utf8")));
  return pages.length;
}

/** Every page of a built site, as its file's path. */
export function builtPages(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    // Folders starting "_" hold no page: Framework's files and modules, and chart fragments (officeFirstCharts.ts).
    if (statSync(path).isDirectory()) return name.startsWith("_") ? [] : builtPages(path);
    return name.endsWith(".html") ? [path] : [];
  });
}
