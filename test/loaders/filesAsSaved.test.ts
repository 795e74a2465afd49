// The demo dataset handed over as people's programs save it loads, and every dataset computed
// from it is exactly what the clean CSVs give; text arrives as written. (Issue: a workbook
// saved by Excel was refused because its empty trailing cells are absent from the file; a CSV
// saved by Excel in the US has dates 1/7/2019; Excel's plain CSV is Windows-1252.)
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../loaders/ingest.ts";
import { formatProblem } from "../../loaders/problem.ts";
import { formatSummary } from "../../loaders/summary.ts";
import { DATASETS } from "../../src/datasets/registry.ts";
import { eachFromWarehouse } from "../../src/datasets/readWarehouse.ts";
import { openWarehouse, queryRows } from "../../src/warehouse/connection.ts";
import { temporaryDirectory } from "../helpers.ts";
import { DEMO, demoTables, excelUsCsv, windows1252, writeDemoAsExcelUsCsv, writeDemoAsSheetJs, writeDemoAsXlsx } from "../savedAs/demoAsSaved.ts";

/** Every dataset of a warehouse; input files are named without folder and extension (what differs). */
async function everyDataset(warehouse: string): Promise<Record<string, unknown>> {
  const all: Record<string, unknown> = {};
  // On one connection, as the build computes them.
  await eachFromWarehouse(DATASETS.map((d) => ({ compute: d.compute, write: (rows: unknown) => void (all[d.name] = rows) })), warehouse);
  return JSON.parse(JSON.stringify(all).replace(/"file":"(?:[^"]*\/)?([^"/]+?)\.(csv|xlsx|json)"/g, '"file":"$1"'));
}

async function load(inputs: string[]) {
  const warehouse = join(temporaryDirectory(), "w.duckdb");
  const result = await ingest({ inputs, warehouse });
  expect(result.problems.map(formatProblem)).toEqual([]);
  expect(result.written).toBe(true);
  return { warehouse, result };
}

let clean: Record<string, unknown>;

beforeAll(async () => {
  clean = await everyDataset((await load([DEMO])).warehouse);
}, 120_000);

describe("the demo dataset as programs save it", () => {
  it.each(["excel", "libreoffice", "openpyxl"] as const)("loads from XLSX as %s writes it, every dataset identical", async (flavour) => {
    const directory = temporaryDirectory();
    await writeDemoAsXlsx(flavour, directory);
    const { warehouse } = await load([directory]);
    expect(await everyDataset(warehouse)).toEqual(clean);
  });

  it("loads from XLSX as SheetJS writes it, every dataset identical", async () => {
    const directory = temporaryDirectory();
    writeDemoAsSheetJs(directory);
    expect(await everyDataset((await load([directory])).warehouse)).toEqual(clean);
  });

  it("loads from CSV as Excel saves it on a US machine (BOM, CRLF, M/D/YYYY dates), every dataset identical", async () => {
    const directory = temporaryDirectory();
    writeDemoAsExcelUsCsv(directory);
    expect(readFileSync(join(directory, "qsr-cases.csv"), "utf8")).toMatch(/^\ufeffreview_id,.*\r\n.*,\d{1,2}\/\d{1,2}\/\d{4},/);
    const { warehouse, result } = await load([directory]);
    // The big case files still take the fast path with US dates.
    expect(result.method).toBe("bulk");
    expect(await everyDataset(warehouse)).toEqual(clean);
  });

  it("reads a CSV that is not UTF-8 as Windows-1252, says so, and keeps the text as written", async () => {
    const findings = demoTables().find((t) => t.name === "pqcr-findings")!;
    const themeColumn = findings.header.indexOf("theme");
    const theme = "Servicios para Niños – bilingual staff hired";
    const rows = findings.rows.map((row, i) => (i === 0 ? row.map((cell, c) => (c === themeColumn ? theme : cell)) : row));
    const table = { ...findings, rows };
    const utf8 = temporaryDirectory();
    const legacy = temporaryDirectory();
    for (const dir of [utf8, legacy]) for (const t of demoTables()) if (t.name !== "pqcr-findings") writeFileSync(join(dir, `${t.name}.csv`), excelUsCsv(t));
    writeFileSync(join(utf8, "pqcr-findings.csv"), excelUsCsv(table));
    writeFileSync(join(legacy, "pqcr-findings.csv"), windows1252(excelUsCsv(table).replace(/^\ufeff/, "")));
    expect(readFileSync(join(legacy, "pqcr-findings.csv")).includes(Buffer.from([0xf1]))).toBe(true);

    const fromUtf8 = await load([utf8]);
    const fromLegacy = await load([legacy]);
    const summary = formatSummary(fromLegacy.result.summaries).split("\n");
    expect(summary.find((l) => l.includes("pqcr-findings.csv"))).toContain("read as Windows-1252");
    expect(summary.filter((l) => l.includes("Windows-1252"))).toHaveLength(1);
    const themes = await everyDataset(fromLegacy.warehouse);
    expect(themes).toEqual(await everyDataset(fromUtf8.warehouse));
    // Theme texts stay in the warehouse (the site publishes counts only): there it is as written.
    const w = await openWarehouse(fromLegacy.warehouse, { readOnly: true });
    const stored = await queryRows<{ theme: string }>(w.connection, "SELECT theme FROM pqcr_finding WHERE theme LIKE 'Servicios%'");
    w.close();
    expect(stored).toEqual([{ theme }]);
  });
});
