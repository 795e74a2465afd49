// npm run build: publishes the site from the warehouse. When there is no warehouse yet it
// loads the demo dataset first. Framework reruns a data loader only when the loader file
// changes, so loader output is cleared before every build: a page never shows stale data
// (frameworkCache.ts; only Framework's bundles of node_modules libraries are kept).
// The build makes no network request: Framework's npm version cache is written from
// node_modules and pins (npmVersionCache.ts) instead of being asked of the registry.
import { existsSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join, resolve } from "node:path";
import { patchBuiltSite } from "./accessibleHtml.ts";
import { configuredFrame, framePages } from "./pageFrame.ts";
import { warehousePath } from "../src/warehouse/location.ts";
import { lockBuild } from "./buildLock.ts";
import { alreadyBuilt, buildFingerprint, recordBuild } from "./buildFingerprint.ts";
import { clearFrameworkCache } from "./frameworkCache.ts";
import { npmVersions, writeNpmVersionCache } from "./npmVersionCache.ts";
import { startFramework } from "./frameworkProcess.ts";
import type { OfficesDrawn } from "./officeFirstCharts.ts";
import { officesDrawnApart } from "./officeDrawingPlace.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const warehouse = warehousePath();
// Framework's process starts first: it loads while this one loads the library (DuckDB, ExcelJS:
// about a second) and computes the page data, and builds when told (frameworkProcess.ts).
const framework = startFramework(root, { CRD_DB: warehouse });
const { removePageData, writePageData } = await import("./prebuiltPageData.ts");

if (!existsSync(warehouse)) {
  console.log(`no warehouse at ${warehouse}: loading the demo dataset (data/demo)`);
  const { ingest } = await import("../loaders/ingest.ts");
  const { problemReport } = await import("../loaders/problemReport.ts");
  const result = await ingest({ inputs: [join(root, "data/demo")], warehouse });
  if (!result.written) {
    for (const line of problemReport(result.problems)) console.error(line);
    console.error(`the demo dataset did not load: ${result.refusal}`);
    await framework.cancel();
    process.exit(1);
  }
}

// A warehouse an earlier crd wrote is refused with what to do (connection.ts), before anything is built.
{
  const { openWarehouse, OutdatedWarehouse } = await import("../src/warehouse/connection.ts");
  try {
    (await openWarehouse(warehouse, { readOnly: true })).close();
  } catch (error) {
    if (!(error instanceof OutdatedWarehouse)) throw error;
    console.error(error.message);
    await framework.cancel();
    process.exit(1);
  }
}

const output = resolve(root, process.env.CRD_SITE_OUT ?? "dist");

const reports = join(root, "reports");
const unlock = await lockBuild(join(reports, ".observablehq", "build.lock"));
// Files a killed build left beside the loaders go first: they are outputs, not sources.
removePageData(reports);
// Nothing changed since this folder was built (same warehouse, sources and settings): it is
// kept as it is. CRD_FULL_BUILD=1 builds anyway.
const fingerprint = buildFingerprint(root, warehouse);
if (process.env.CRD_FULL_BUILD !== "1" && alreadyBuilt(root, output, fingerprint)) {
  await framework.cancel();
  unlock();
  console.log(`nothing changed since ${output} was built (same warehouse, sources and settings): kept as it is`);
  process.exit(0);
}
recordBuild(root, output, null);
// Framework empties its output folder only inside the project; an earlier build's files
// elsewhere make it stop with "file conflict". A folder that holds an earlier build (its
// _observablehq folder) is emptied first; any other folder is left alone.
if (existsSync(join(output, "_observablehq"))) rmSync(output, { recursive: true, force: true });
const cache = join(reports, ".observablehq", "cache");
// Each office's first chart, drawn while Framework builds and published once it has.
const officeCharts = join(reports, ".observablehq", "office-charts");
clearFrameworkCache(cache, join(root, "package-lock.json"));
writeNpmVersionCache(cache, npmVersions(join(root, "node_modules")));
let status = 1;
let built = false;
let officesDrawn: Promise<OfficesDrawn> | undefined;
// Each office's first chart and Grand Rounds deck are drawn from the page data (officeFirstCharts.ts)
// and go into the pages once Framework has written them. Many offices are drawn in processes of
// their own (officeChartsProcess.ts: memory, cores), started as soon as the office slices are
// written, while the rest of the page data is computed. A few are drawn in this process while
// Framework builds in its own.
let drawingCode: Promise<typeof import("./officeFirstCharts.ts")> | undefined;
const drawing = () => (drawingCode ??= import("./officeFirstCharts.ts"));
const drawOffices = async () => (await drawing()).drawOfficeChartsApart(reports, officeCharts);
const startDrawing = (): Promise<OfficesDrawn> => {
  if (!officesDrawn) {
    officesDrawn = drawOffices();
    // Awaited once Framework has built; a failure meanwhile must not end this process unhandled,
    // before the finally below removes the page data.
    officesDrawn.catch(() => undefined);
  }
  return officesDrawn;
};
try {
  rmSync(officeCharts, { recursive: true, force: true });
  const pageFiles = await writePageData(reports, warehouse, () => {
    if (officesDrawnApart(reports)) startDrawing();
  });
  console.log(`page data written: ${pageFiles} files`);
  const building = framework.build();
  // While Framework builds: the offices, if not under way, and each page's first chart (firstCharts.ts).
  const drawingOffices = startDrawing();
  const { publishOfficeCharts } = await drawing();
  const { drawFirstCharts, insertFirstCharts } = await import("./firstCharts.ts");
  const firstCharts = drawFirstCharts(reports);
  status = await building;
  const offices = await drawingOffices;
  if (status === 0) {
    framePages(output, await configuredFrame(join(root, "observablehq.config.ts")));
    console.log(`first charts drawn into ${insertFirstCharts(output, firstCharts)} pages`);
    console.log(`first charts and Grand Rounds decks of ${publishOfficeCharts(officeCharts, output, offices.first)} offices published beside their pages (${offices.kept} as drawn by an earlier build: office and drawing code unchanged)`);
  }
  built = status === 0;
} finally {
  // Page data that failed ends Framework's process without a build.
  await framework.cancel();
  // The office charts' process reads the page data and writes the staging folder: it ends first.
  await officesDrawn?.catch(() => undefined);
  removePageData(reports);
  rmSync(officeCharts, { recursive: true, force: true });
  if (!built) unlock();
}
if (!built) process.exit(status || 1);
try {
  console.log(`accessibility fixes applied to ${patchBuiltSite(output)} pages`);
  // Under the lock: two builds that recorded at once could each drop the other's entry.
  recordBuild(root, output, fingerprint);
} finally {
  unlock();
}
