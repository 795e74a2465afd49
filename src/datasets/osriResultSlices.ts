// What the case review results page loads: one file per OSRI item and outcome, holding that
// item's (or outcome's) rows of osri-item-results (or osri-outcome-results) and of
// osri-county-results, exactly those datasets' rows, filtered. At national scale the whole
// datasets are 40 MB (624 regions x 10 years x 25 measures); a page showing one measure at a
// time loads one measure's file. `choices` lists the files in the page's order.
import type { DuckDBConnection } from "@duckdb/node-api";
import { OSRI_ITEMS, OSRI_OUTCOMES } from "../catalog/osriItems.ts";
import { jsonZip } from "../format/jsonZip.ts";
import { computeOsriCountyResults } from "./osriCountyResults.ts";
import { computeOsriItemResults, computeOsriOutcomeResults } from "./osriResults.ts";
import { fromWarehouse } from "./readWarehouse.ts";

export interface ResultChoice {
  file: string;
  kind: "item" | "outcome";
  key: string;
  label: string;
}

/** Every item and outcome of the instrument, in the order the page offers them: outcomes first. */
export const RESULT_CHOICES: readonly ResultChoice[] = [
  ...OSRI_OUTCOMES.map((o) => ({ file: `outcome-${o.code}`, kind: "outcome" as const, key: o.code, label: `Outcome ${o.label}` })),
  ...OSRI_ITEMS.map((item, index) => ({ file: `item-${index + 1}`, kind: "item" as const, key: String(index + 1), label: `Item ${index + 1}: ${item.label}` })),
];

export async function osriResultSlices(connection: DuckDBConnection): Promise<Record<string, unknown>> {
  const items = await computeOsriItemResults(connection);
  const outcomes = await computeOsriOutcomeResults(connection);
  const counties = await computeOsriCountyResults(connection);
  const slices: Record<string, unknown> = { choices: RESULT_CHOICES };
  for (const choice of RESULT_CHOICES) {
    const rows = choice.kind === "item" ? items.filter((r) => String(r.item) === choice.key) : outcomes.filter((r) => r.outcome === choice.key);
    slices[choice.file] = { ...choice, rows, counties: counties.filter((r) => r.kind === choice.kind && r.key === choice.key) };
  }
  return slices;
}

export async function osriResultSlicesZip(): Promise<Buffer> {
  return jsonZip(await fromWarehouse(osriResultSlices));
}
