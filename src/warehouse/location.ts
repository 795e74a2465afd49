// Where the warehouse is: --db, else CRD_DB, else data/warehouse.duckdb (contract.md).
import { resolve } from "node:path";

export const DEFAULT_WAREHOUSE = "data/warehouse.duckdb";

export function warehousePath(explicit?: string): string {
  return resolve(explicit ?? process.env.CRD_DB ?? DEFAULT_WAREHOUSE);
}
