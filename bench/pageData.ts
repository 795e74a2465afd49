// What each built page loads: the JSON files Framework registered for it (registerFile in
// the page's module), gzipped as a web server would send them. XLSX files are downloads a
// reader asks for, not data the page loads, so they are listed apart.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";

export interface PageData {
  page: string;
  files: { file: string; gzipBytes: number }[];
  totalGzipBytes: number;
  largestGzipBytes: number;
}

function htmlFiles(root: string): string[] {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    if (statSync(path).isDirectory()) return name.startsWith("_") ? [] : htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

export function pageData(site: string): PageData[] {
  const gzipped = new Map<string, number>();
  const gzipSize = (path: string) => {
    if (!gzipped.has(path)) gzipped.set(path, gzipSync(readFileSync(path), { level: 6 }).length);
    return gzipped.get(path)!;
  };
  return htmlFiles(site).map((html) => {
    const text = readFileSync(html, "utf8");
    const paths = [...text.matchAll(/registerFile\([^,]+,\s*\{[^}]*"path":"([^"]+)"/g)].map((m) => m[1]).filter((p) => p.endsWith(".json"));
    const files = [...new Set(paths)].map((path) => {
      const file = resolve(dirname(html), path);
      return { file: relative(site, file), gzipBytes: gzipSize(file) };
    });
    return {
      page: `/${relative(site, html).replace(/\.html$/, "").replace(/(^|\/)index$/, "$1")}`,
      files,
      totalGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
      largestGzipBytes: Math.max(0, ...files.map((f) => f.gzipBytes)),
    };
  });
}
