// The XLSX downloads: each is a workbook of datasets, one sheet a dataset, exactly their rows
// (masked in public mode like every output). The data loaders print them for the preview
// server; the build writes them in its one process (scripts/prebuiltPageData.ts) instead of
// starting a loader process for each (3 s apiece).
import type { DuckDBConnection } from "@duckdb/node-api";
import { findDataset } from "./registry.ts";
import { fromWarehouse } from "./readWarehouse.ts";
import { workbookBytes, type Sheet } from "../format/xlsx.ts";

export const WORKBOOKS: Record<string, readonly string[]> = {
  // The quarterly PIP update's tables.
  "pip-update": ["pip-items", "pip-baseline", "pip-progress", "pip-schedule-deviations"],
  // The SIP and C-CFSR tables of every county.
  "sip-county": ["sip-progress", "sip-values", "ccfsr-calendar", "pqcr-themes"],
};

/** The sheets of a workbook, computed on one connection. */
export async function workbookSheets(connection: DuckDBConnection, name: string): Promise<Sheet[]> {
  const sheets: Sheet[] = [];
  for (const dataset of WORKBOOKS[name]) sheets.push({ name: dataset, rows: (await findDataset(dataset)!.compute(connection)) as Sheet["rows"] });
  return sheets;
}

/** The data loaders' way: the workbook's bytes on standard output. */
export async function printWorkbook(name: string): Promise<void> {
  process.stdout.write(await workbookBytes(await fromWarehouse((connection) => workbookSheets(connection, name))));
}
