// Each office's drawn first chart and Grand Rounds deck, kept between builds. Drawing them is
// most of a national build (about 40 ms an office, 1,000 offices), and after a new quarter most
// offices' drawings are as they were: only the offices reviewed since need drawing again. An
// office's drawing is kept under a key of everything it is drawn from: what the drawing reads of
// the office's slice (its latest review and that review's ratings: drawnFrom in
// officeFirstCharts.ts), the confidence level the deck names, the drawing code and what it runs
// on (the site's components, these scripts, package-lock.json, Node and its ICU data), and the
// time zone. Anything else different draws it again, so a kept drawing is always the one this
// build would make. One entry an office (its slug), replaced when its key changes: the cache
// holds at most one drawing per office ever built here.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** The office's drawings: its first chart (null: the office has no review to draw) and its deck. */
export interface OfficeDrawing {
  chart: string | null;
  deck: string | null;
}

/** Everything besides its slice that an office's drawing depends on, as one hash. */
export function drawingFingerprint(reports: string, confidence: string): string {
  const root = dirname(reports);
  const hash = createHash("sha256");
  // The time zone and the ICU data dates and numbers are formatted with (Node's), besides the level.
  hash.update(JSON.stringify({ confidence, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, icu: process.versions.icu, node: process.versions.node }));
  const components = join(reports, "components");
  const code = [
    ...readdirSync(components).sort().map((file) => join(components, file)),
    join(root, "scripts/officeFirstCharts.ts"),
    join(root, "scripts/firstCharts.ts"),
    join(root, "scripts/officeChartCache.ts"),
    join(root, "package-lock.json"),
  ];
  for (const file of code) {
    hash.update(`\u0000${file}\u0000`);
    if (existsSync(file)) hash.update(readFileSync(file));
  }
  return hash.digest("hex");
}

export function officeChartCache(folder: string, fingerprint: string) {
  const entry = (slug: string) => join(folder, `${slug}.json`);
  // `source`: what the drawing reads of the office's slice (drawnFrom), as text.
  const keyOf = (source: string) => createHash("sha256").update(fingerprint).update("\u0000").update(source).digest("hex");
  return {
    /** The office's kept drawing, if it was drawn from this source with this code. */
    get(slug: string, source: string): OfficeDrawing | undefined {
      if (!existsSync(entry(slug))) return undefined;
      try {
        const kept = JSON.parse(readFileSync(entry(slug), "utf8")) as OfficeDrawing & { key: string };
        return kept.key === keyOf(source) ? { chart: kept.chart, deck: kept.deck } : undefined;
      } catch {
        // A build killed while writing leaves no such file (rename below); anything unreadable is drawn again.
        return undefined;
      }
    },
    put(slug: string, source: string, drawing: OfficeDrawing): void {
      mkdirSync(folder, { recursive: true });
      const path = entry(slug);
      writeFileSync(`${path}.${process.pid}.tmp`, JSON.stringify({ key: keyOf(source), ...drawing }));
      renameSync(`${path}.${process.pid}.tmp`, path);
    },
  };
}
