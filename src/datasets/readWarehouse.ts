// Every output of the site is computed the same way: from the warehouse opened read-only,
// then masked when public mode is on. Datasets, office slices and county slices all go
// through here, so that none can skip the masking.
import type { DuckDBConnection } from "@duckdb/node-api";
import { settings } from "../settings.ts";
import { openWarehouse } from "../warehouse/connection.ts";
import { warehousePath } from "../warehouse/location.ts";
import { maskRow } from "./publicMode.ts";

export async function fromWarehouse<T>(compute: (connection: DuckDBConnection) => Promise<T>, path = warehousePath()): Promise<T> {
  let result: T | undefined;
  await eachFromWarehouse([{ compute, write: (value) => void (result = value as T) }], path);
  return result as T;
}

export async function printFromWarehouse(compute: (connection: DuckDBConnection) => Promise<unknown>): Promise<void> {
  process.stdout.write(JSON.stringify(await fromWarehouse(compute)));
}

/**
 * Many outputs from one read-only opening of the warehouse, each masked in public mode before
 * `write` sees it: the build computes every page's data this way, in one process.
 */
export async function eachFromWarehouse(outputs: readonly { compute: (connection: DuckDBConnection) => Promise<unknown>; write: (value: unknown) => void | Promise<void> }[], path = warehousePath()): Promise<void> {
  const warehouse = await openWarehouse(path, { readOnly: true });
  try {
    const { publicMode } = settings();
    for (const output of outputs) {
      const value = await output.compute(warehouse.connection);
      await output.write(publicMode ? maskRow(value) : value);
    }
  } finally {
    warehouse.close();
  }
}
