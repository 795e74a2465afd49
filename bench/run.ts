// npm run bench: the whole path at national scale, each figure beside the floor that bounds it.
// Generates the national dataset (bench/nationalDataset.ts), then measures ingest against
// DuckDB's own read_csv, the site build against an empty Framework site, a rebuild after one
// more quarter, the data each page loads, the first chart in Chromium against an empty page,
// and peak memory. Writes bench/out/results.json and bench/out/results.md and prints the table.
//   --scale 0.1   a tenth of the jurisdictions and counties, for a quick try (default 1)
//   --runs 3      runs per timed figure; the median is reported (default 3)
import { cpus, totalmem } from "node:os";
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { writeEmptySite } from "./emptySite.ts";
import { chromiumMissing, timeToShown } from "./firstChart.ts";
import { measure, repeat } from "./measure.ts";
import { NATIONAL, scaledShape, writeNationalDataset } from "./nationalDataset.ts";
import { htmlFiles, pageData } from "./pageData.ts";
import { firstChartTable, resultsTable, type BenchResults } from "./report.ts";
import { FIRST_CHARTS } from "../scripts/firstCharts.ts";
import { GRAND_ROUNDS_DECK, OFFICE_CHART } from "../scripts/officeFirstCharts.ts";
import { readdirSync } from "node:fs";

const { values } = parseArgs({ options: { scale: { type: "string", default: "1" }, runs: { type: "string", default: "3" }, out: { type: "string", default: "bench/out" } } });
const scale = Number(values.scale);
const runs = Math.max(1, Number(values.runs));
const root = resolve(import.meta.dirname, "..");
const out = resolve(values.out!);
const node = process.execPath;
const through = "2026-09-30";
const nextQuarter = "2026-12-31";
// A fixed "today" for the calendar flags, so that every run builds the same pages.
const asOf = "2026-10-15";
const log = (message: string) => console.error(`[bench] ${message}`);

// Page data and the first chart are measured in Chromium: say so before the long part.
const missing = chromiumMissing();
if (missing) throw new Error(`${missing}: the benchmark measures page data and the first chart in it`);
mkdirSync(out, { recursive: true });
const shape = scaledShape(scale);
const national = join(out, "national");
const plusQuarter = join(out, "national-plus-quarter");
log(`writing the national dataset (${shape.jurisdictions} jurisdictions, ${shape.qsrCounties * shape.officesPerCounty} QSR offices, ${shape.years} years)`);
rmSync(national, { recursive: true, force: true });
rmSync(plusQuarter, { recursive: true, force: true });
const rows = writeNationalDataset(national, { shape, through, demoDirectory: join(root, "data/demo") });
// The same cases and one more quarter's: what an agency loads the quarter after.
writeNationalDataset(plusQuarter, { shape, through: nextQuarter, from: rows.first, demoDirectory: join(root, "data/demo") });

const warehouse = join(out, "national.duckdb");
const ingest = (inputs: string, db: string) => measure(node, [join(root, "bin/crd.js"), "ingest", inputs, "--db", db], { cwd: root });
log("1. ingest, and DuckDB's read_csv of the same files");
const ingested = repeat(runs, () => ingest(national, warehouse));
const readCsv = repeat(runs, () => measure(node, [join(root, "bench/readCsvFloor.mjs"), join(out, "floor.duckdb"), national], { cwd: root }));

// Framework clears its output only inside the working directory: every build starts empty.
// The build keeps Framework's bundles of node_modules libraries between builds
// (scripts/frameworkCache.ts); the full build is measured without them, as on a new machine,
// the rebuilds and the demo build with them, as on a machine that built once before.
// The same for the offices' drawings (scripts/officeChartCache.ts): the full build draws every
// office; the rebuild after a quarter draws again only the offices whose data changed.
const frameworkCache = join(root, "reports/.observablehq/cache");
const officeDrawings = join(root, "reports/.observablehq/office-chart-cache");
const build = (db: string, site: string) => (rmSync(site, { recursive: true, force: true }), buildInto(db, site));
const coldBuild = (db: string, site: string) => {
  for (const kept of [frameworkCache, officeDrawings]) rmSync(kept, { recursive: true, force: true });
  return build(db, site);
};
const buildInto = (db: string, site: string) =>
  // As `npm run build` runs it: TypeScript through tsx's hooks in one Node process (tsx's own
  // command starts a second one, 0.15 s more).
  measure(node, ["--import", "tsx", "scripts/build.ts"], { cwd: root, env: { CRD_DB: db, CRD_SITE_OUT: site, CRD_AS_OF: asOf } });
const site = join(out, "site");
log("2. full site build from an empty cache, and an empty Framework site");
const built = repeat(runs, () => coldBuild(warehouse, site));
// What the offices' drawings were after the quarter before: every rebuild after one more quarter starts from it.
const drawingsBefore = join(out, "office-drawings-before");
rmSync(drawingsBefore, { recursive: true, force: true });
cpSync(officeDrawings, drawingsBefore, { recursive: true });
const empty = join(out, "empty-site");
writeEmptySite(empty, join(root, "node_modules"));
const emptyBuilt = repeat(runs, () => measure(join(root, "node_modules/.bin/observable"), ["build"], { cwd: empty }));

log("2b. rebuild with nothing changed, and the demo site's build");
// The same warehouse into the folder just built: the build keeps it (scripts/buildFingerprint.ts).
const unchanged = repeat(runs, () => buildInto(warehouse, site));
const demoWarehouse = join(out, "demo.duckdb");
rmSync(demoWarehouse, { force: true });
measure(node, [join(root, "bin/crd.js"), "ingest", join(root, "data/demo"), "--db", demoWarehouse], { cwd: root });
const demoSite = join(out, "demo-site");
const demoBuilt = repeat(runs, () => build(demoWarehouse, demoSite));

log("3. rebuild after one more quarter of data");
const warehousePlus = join(out, "national-plus-quarter.duckdb");
const ingestedPlus = ingest(plusQuarter, warehousePlus);
const sitePlus = join(out, "site-plus-quarter");
const rebuilt = repeat(runs, () => {
  rmSync(officeDrawings, { recursive: true, force: true });
  cpSync(drawingsBefore, officeDrawings, { recursive: true });
  return build(warehousePlus, sitePlus);
});

log("4. data each page loads, in Chromium");
const pages = (await pageData(site, join(root, "reports"))).sort((a, b) => b.totalGzipBytes - a.totalGzipBytes);
const heaviest = pages[0];
const largestFile = pages.flatMap((p) => p.files).sort((a, b) => b.gzipBytes - a.gzipBytes)[0];

log("5. first chart in Chromium");
// The heaviest page that draws a chart (the home page and lists have none).
const chartPage = pages.find((p) => p.page.startsWith("/cfsr/") || (p.page.startsWith("/qsr/") && p.page !== "/qsr/offices/"))!;
// A visit is under a second, and one visit's time varies by half on this machine: three times
// the runs of the other figures, nine at least.
const visits = Math.max(9, runs * 3);
const firstChart = await timeToShown(site, chartPage.page, "svg[role=img]", visits);
const emptyPage = await timeToShown(join(empty, "dist"), "/", "h1", visits);

log("5b. first chart on every page that draws one");
// The office page and its Grand Rounds deck for the first office with a review.
const firstOffice = readdirSync(join(site, "_file/qsr/offices/slices")).sort()[0].replace(/\.[0-9a-f]{8}\.json$/, "");
const drawnAtBuild = new Set([...FIRST_CHARTS.map((c) => c.page), OFFICE_CHART.page, GRAND_ROUNDS_DECK.page].map((page) => `/${page.replace(/(index)?\.html$/, "")}`));
const chartPages = ["/qsr/county", "/qsr/indicators", "/qsr/trends", `/qsr/office?office=${firstOffice}`, `/qsr/grand-rounds?office=${firstOffice}`, "/qsr/grand-rounds?county", "/cfsr/pip-update", "/cfsr/case-review-results", "/cfsr/item-performance", "/cfsr/review-operations", "/sip/", "/sip/measures"];
const everyPage = [];
for (const page of chartPages) {
  const { shown, attached } = await timeToShown(site, page, "svg[role=img]", visits);
  everyPage.push({ page, seconds: shown, attachedSeconds: attached, ratio: shown / emptyPage.shown, drawnAtBuild: drawnAtBuild.has(page.split("?")[0]) });
}

const results: BenchResults = {
  date: new Date().toISOString().slice(0, 10),
  machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? "unknown", memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
  scale,
  runs,
  shape: { ...shape, national: scale === 1, osriCases: rows.osriRows, qsrCases: rows.qsrRows, nationalShape: NATIONAL },
  ingest: { seconds: ingested.seconds, runs: ingested.runs, readCsvSeconds: readCsv.seconds, ratio: ingested.seconds / readCsv.seconds, peakMemoryMb: ingested.peakMemoryMb },
  build: { seconds: built.seconds, runs: built.runs, pages: htmlFiles(site).length, emptySiteSeconds: emptyBuilt.seconds, ratio: built.seconds / emptyBuilt.seconds, peakMemoryMb: built.peakMemoryMb },
  rebuild: { seconds: rebuilt.seconds, runs: rebuilt.runs, ingestSeconds: ingestedPlus.seconds, ratioToFullBuild: rebuilt.seconds / built.seconds },
  rebuildUnchanged: { seconds: unchanged.seconds, runs: unchanged.runs, ratioToFullBuild: unchanged.seconds / built.seconds },
  demoBuild: { seconds: demoBuilt.seconds, runs: demoBuilt.runs, emptySiteSeconds: emptyBuilt.seconds, ratio: demoBuilt.seconds / emptyBuilt.seconds },
  pageData: {
    largestFile: largestFile ? { file: largestFile.file, gzipKb: largestFile.gzipBytes / 1024 } : null,
    heaviestPage: { page: heaviest.page, totalGzipKb: heaviest.totalGzipBytes / 1024 },
    perPage: pages.map((p) => ({ page: p.page, totalGzipKb: p.totalGzipBytes / 1024, largestGzipKb: p.largestGzipBytes / 1024 })).slice(0, 15),
  },
  firstChart: { page: chartPage.page, seconds: firstChart.shown, attachedSeconds: firstChart.attached, emptyPageSeconds: emptyPage.shown, ratio: firstChart.shown / emptyPage.shown, visits },
  firstChartEveryPage: everyPage,
};

const table = `${resultsTable(results)}\n\n${firstChartTable(results)}`;
writeFileSync(join(out, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(out, "results.md"), `${table}\n`);
if (!existsSync(join(out, "results.md"))) throw new Error("results were not written");
console.log(table);
