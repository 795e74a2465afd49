// What a Framework data loader calls: compute one dataset from the warehouse, opened
// read-only, and print it as JSON on standard output.
import { warehousePath } from "../warehouse/location.ts";
import type { DatasetRow } from "./dataset.ts";
import { fromWarehouse, printFromWarehouse } from "./readWarehouse.ts";
import { findDataset } from "./registry.ts";

export async function computeDataset(name: string, path = warehousePath()): Promise<DatasetRow[]> {
  const dataset = findDataset(name);
  if (!dataset) throw new Error(`no dataset named ${name}`);
  return fromWarehouse((connection) => dataset.compute(connection), path);
}

export async function printDataset(name: string): Promise<void> {
  const dataset = findDataset(name);
  if (!dataset) throw new Error(`no dataset named ${name}`);
  await printFromWarehouse((connection) => dataset.compute(connection));
}
