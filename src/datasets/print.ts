// What a Framework data loader calls: compute one dataset from the warehouse, opened
// read-only, and print it as JSON on standard output.
import { settings } from "../settings.ts";
import { openWarehouse } from "../warehouse/connection.ts";
import { maskRow } from "./publicMode.ts";
import { warehousePath } from "../warehouse/location.ts";
import { findDataset } from "./registry.ts";
import type { DatasetRow } from "./dataset.ts";

export async function computeDataset(name: string, path = warehousePath()): Promise<DatasetRow[]> {
  const dataset = findDataset(name);
  if (!dataset) throw new Error(`no dataset named ${name}`);
  const warehouse = await openWarehouse(path, { readOnly: true });
  try {
    const rows = await dataset.compute(warehouse.connection);
    return settings().publicMode ? rows.map((row) => maskRow(row)) : rows;
  } finally {
    warehouse.close();
  }
}

export async function printDataset(name: string): Promise<void> {
  process.stdout.write(JSON.stringify(await computeDataset(name)));
}
