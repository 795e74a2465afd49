// A computed dataset: what a page draws and what `crd export NAME` prints, one and the same.
import type { DuckDBConnection } from "@duckdb/node-api";

export type DatasetRow = Record<string, unknown>;

export interface Dataset {
  name: string;
  description: string;
  /** The page(s) that draw it. */
  pages: readonly string[];
  compute(connection: DuckDBConnection): Promise<DatasetRow[]>;
}
