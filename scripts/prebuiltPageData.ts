// The data every page loads, computed in one process before Framework builds the site and
// written where the pages read it, beside the data loaders: Framework copies a file it finds
// rather than running the loader. Framework runs each loader in a process of its own, one
// after another (about 2 s each to start Node, TypeScript and DuckDB), and five of them
// recomputed qsr-indicators: 95 s of a national build. One process and one connection take
// about 20 s. The loaders stay for the preview server, so the build removes these files
// afterwards; a list of them is kept until then, so that a build that was killed midway has
// its files removed by the next one rather than shadowing the loaders.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { COUNTIES_SQL, countySlice } from "../src/datasets/ccfsrCountySlice.ts";
import { osriResultSlices } from "../src/datasets/osriResultSlices.ts";
import { officePageText, officeSlices } from "../src/datasets/qsrOfficeSlice.ts";
import { computeQsrOffices, type QsrOffice } from "../src/datasets/qsrOffices.ts";
import { WORKBOOKS, workbookSheets } from "../src/datasets/workbooks.ts";
import { eachFromWarehouse } from "../src/datasets/readWarehouse.ts";
import { findDataset } from "../src/datasets/registry.ts";
import { datasetCsv } from "../src/format/csv.ts";
import { slug } from "../src/format/slug.ts";
import { FIXED_DATE, loadExcel, workbookBytes, type Sheet } from "../src/format/xlsx.ts";
import { queryRows } from "../src/warehouse/connection.ts";

/** Each file to write, with its content made when it is written: all the office slices' texts at once would be 400 MB. */
type Files = [path: string, content: () => string | Buffer | Promise<Buffer>][];

/** Every dataset loader in reports/data (NAME.json.ts or NAME.csv.ts), as the file it prints. */
function datasetFiles(reports: string): { path: string; name: string; format: "json" | "csv" }[] {
  return readdirSync(join(reports, "data")).flatMap((file) => {
    const match = /^(.+)\.(json|csv)\.ts$/.exec(file);
    if (!match || !findDataset(match[1])) return [];
    return [{ path: `data/${match[1]}.${match[2]}`, name: match[1], format: match[2] as "json" | "csv" }];
  });
}

/** Each entry of `slices` as DIRECTORY/NAME.json. */
const jsonFiles = (directory: string, slices: Record<string, unknown>): Files =>
  Object.entries(slices).map(([name, value]) => [`${directory}/${name}.json`, () => JSON.stringify(value)]);

/** Every workbook loader in reports/data (NAME.xlsx.ts, NAME one of WORKBOOKS), as the file it prints. */
const workbookFiles = (reports: string) =>
  readdirSync(join(reports, "data")).flatMap((file) => {
    const match = /^(.+)\.xlsx\.ts$/.exec(file);
    return match && WORKBOOKS[match[1]] ? [{ path: `data/${match[1]}.xlsx`, name: match[1] }] : [];
  });

/** Every page loader with a template of a page that loads office slices (PAGE.md.ts beside PAGE.md.template), as the page it prints. */
const officePages = (reports: string) =>
  readdirSync(reports, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".md.template") && !file.startsWith(".observablehq") && existsSync(join(reports, file.replace(/\.template$/, ".ts"))))
    .map((file) => ({ path: file.replace(/\.template$/, ""), template: readFileSync(join(reports, file), "utf8") }));

/** What the offices' drawings read (officeFirstCharts.ts): written before the office slices, so that the drawing can start once they are. */
const drawnFrom = (name: string) => name.startsWith("qsr-") || name === "site-info";

/** A value computed from the warehouse, the files it is written to, and what to do once they are. */
interface Output {
  compute: (connection: DuckDBConnection) => Promise<unknown>;
  files: (value: unknown) => Files;
  written?: () => void;
}

function outputs(reports: string, officeSlicesWritten: () => void): Output[] {
  const datasets = datasetFiles(reports).map(({ path, name, format }) => ({
    name,
    compute: (connection: DuckDBConnection) => findDataset(name)!.compute(connection),
    files: (rows: unknown): Files => [[path, () => (format === "json" ? JSON.stringify(rows) : datasetCsv(rows as Record<string, unknown>[]))]],
  }));
  const workbooks = workbookFiles(reports).map(({ path, name }) => ({
    compute: (connection: DuckDBConnection) => workbookSheets(connection, name),
    files: (sheets: unknown): Files => [[path, () => workbookBytes(sheets as Sheet[])]],
  }));
  const pages = officePages(reports);
  // The QSR datasets first (drawnFrom), then the offices' pages and slices, then the rest.
  const qsr = datasets.filter((d) => drawnFrom(d.name));
  return [
    ...qsr,
    {
      compute: computeQsrOffices,
      files: (offices: unknown): Files => pages.map(({ path, template }) => [path, () => officePageText(template, offices as QsrOffice[])]),
    },
    { compute: officeSlices, files: (slices: unknown) => jsonFiles("qsr/offices/slices", slices as Record<string, unknown>), written: officeSlicesWritten },
    ...datasets.filter((d) => !drawnFrom(d.name)),
    ...workbooks,
    { compute: osriResultSlices, files: (slices: unknown) => jsonFiles("cfsr/results", slices as Record<string, unknown>) },
    {
      compute: async (connection: DuckDBConnection) => {
        const counties = await queryRows<{ county: string }>(connection, COUNTIES_SQL);
        const slices: Record<string, unknown> = {};
        for (const { county } of counties) slices[slug(county)] = await countySlice(connection, slug(county));
        return slices;
      },
      files: (slices: unknown) => jsonFiles("sip/counties", slices as Record<string, unknown>),
    },
  ];
}

const manifestOf = (reports: string) => join(reports, ".observablehq", "prebuilt-files.json");

/** Removes the files the last writePageData wrote, if they are still there. */
export function removePageData(reports: string): void {
  const manifest = manifestOf(reports);
  if (!existsSync(manifest)) return;
  for (const path of JSON.parse(readFileSync(manifest, "utf8")) as string[]) rmSync(join(reports, path), { force: true });
  rmSync(manifest);
}

/**
 * Writes every page's data under `reports`; returns how many files. `officeSlicesWritten` is
 * called once the office slices and what the offices' drawings read are written: the build
 * starts drawing them then, while the rest of the page data is computed.
 */
export async function writePageData(reports: string, warehouse: string, officeSlicesWritten: () => void = () => undefined): Promise<number> {
  // The workbooks' library loads while DuckDB computes the datasets before them.
  void loadExcel();
  removePageData(reports);
  const written: string[] = [];
  mkdirSync(dirname(manifestOf(reports)), { recursive: true });
  const record = () => writeFileSync(manifestOf(reports), JSON.stringify(written));
  await eachFromWarehouse(
    outputs(reports, officeSlicesWritten).map(({ compute, files, written: then }) => ({
      compute,
      write: async (value: unknown) => {
        const contents = files(value);
        written.push(...contents.map(([path]) => path));
        record();
        for (const [path, content] of contents) {
          mkdirSync(dirname(join(reports, path)), { recursive: true });
          writeFileSync(join(reports, path), await content());
          // Framework publishes each file's modification time in the page: a fixed one keeps
          // two builds of the same data byte-identical.
          utimesSync(join(reports, path), FIXED_DATE, FIXED_DATE);
        }
        then?.();
      },
    })),
    warehouse,
  );
  return written.length;
}
