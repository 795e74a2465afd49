// Shared test helpers: temporary folders and small input files written at test time.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { QSR_INDICATOR_COLUMNS } from "../src/catalog/qsrIndicators.ts";
import { OSRI_ITEM_COLUMNS } from "../src/catalog/osriItems.ts";

/**
 * A new folder inside the test run's folder (test/globalSetup.ts), which is removed when the run
 * ends: a run makes some 300 MB of warehouses, sites and checkout copies. A file run without
 * the global setup gets one in the system's temporary folder.
 */
export function temporaryDirectory(prefix = "crd-test-"): string {
  return mkdtempSync(join(process.env.CRD_TEST_SHARED ?? tmpdir(), prefix));
}

export function writeFile(directory: string, name: string, text: string): string {
  const path = join(directory, name);
  writeFileSync(path, text);
  return path;
}

export const QSR_HEADER = ["review_id", "office", "review_date", "protocol_version", "case_id", "case_type", ...QSR_INDICATOR_COLUMNS];
export const OSRI_HEADER = ["case_id", "review_date", "region", "county", "metro", "case_type", ...OSRI_ITEM_COLUMNS];

/** A valid QSR row; `overrides` replaces named cells. Ratings default to 4. */
export function qsrCells(overrides: Record<string, string> = {}): Record<string, string> {
  const cells: Record<string, string> = {
    review_id: "R1",
    office: "Northgate",
    review_date: "2024-03-04",
    protocol_version: "2.0",
    case_id: "CASE-01",
    case_type: "in_home",
  };
  for (const column of QSR_INDICATOR_COLUMNS) cells[column] = "4";
  return { ...cells, ...overrides };
}

export function osriCells(overrides: Record<string, string> = {}): Record<string, string> {
  const cells: Record<string, string> = {
    case_id: "OS-0001",
    review_date: "2020-03-10",
    region: "3S",
    county: "Capital",
    metro: "yes",
    case_type: "foster_care",
  };
  for (const column of OSRI_ITEM_COLUMNS) cells[column] = "Strength";
  return { ...cells, ...overrides };
}

export function csvOf(header: string[], rows: Record<string, string>[]): string {
  return [header.join(","), ...rows.map((r) => header.map((h) => r[h] ?? "").join(","))].join("\n") + "\n";
}
