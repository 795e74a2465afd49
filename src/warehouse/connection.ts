// Opening the warehouse. Readers (datasets, Framework data loaders) open it read-only, so
// that several loaders can run at once and none can change what another reads.
import { existsSync } from "node:fs";
import { DuckDBConnection, DuckDBInstance, type DuckDBValue } from "@duckdb/node-api";
import { WAREHOUSE_FORMAT } from "./schema.ts";

export interface Warehouse {
  connection: DuckDBConnection;
  /** Another connection to the same database, for work done at the same time; closed with it. */
  connect(): Promise<DuckDBConnection>;
  close(): void;
}

export class MissingWarehouse extends Error {}

/** A warehouse written by an earlier crd, whose tables this one does not read: it must be loaded again. */
export class OutdatedWarehouse extends MissingWarehouse {}

/** The layout number the warehouse was written with, or null when it has none (written before there was one). */
async function formatOf(connection: DuckDBConnection): Promise<number | null> {
  try {
    const reader = await connection.runAndReadAll("SELECT max(version) AS version FROM warehouse_format");
    return (reader.getRowObjectsJson()[0]?.version as number | null) ?? null;
  } catch {
    return null;
  }
}

const readOnlyConnections = new WeakSet<DuckDBConnection>();

/** True for a connection to a warehouse opened read-only: what it reads cannot change while it is open. */
export function isReadOnly(connection: DuckDBConnection): boolean {
  return readOnlyConnections.has(connection);
}

export async function openWarehouse(path: string, { readOnly }: { readOnly: boolean }): Promise<Warehouse> {
  if (readOnly && !existsSync(path)) {
    throw new MissingWarehouse(`no warehouse at ${path}: load data first with \`crd ingest FILES\` (or \`npm run build\`, which loads the demo data)`);
  }
  const instance = await DuckDBInstance.create(path, readOnly ? { access_mode: "READ_ONLY" } : {});
  const connection = await instance.connect();
  if (readOnly) {
    const format = await formatOf(connection);
    if (format !== WAREHOUSE_FORMAT) {
      connection.closeSync();
      instance.closeSync();
      throw new OutdatedWarehouse(
        `the warehouse at ${path} was written by an earlier version of crd (${format === null ? "before warehouses named their layout" : `layout ${format}; this one reads layout ${WAREHOUSE_FORMAT}`}): load the input files into it again with \`crd ingest FILES --db ${path}\``,
      );
    }
    readOnlyConnections.add(connection);
  }
  const others: DuckDBConnection[] = [];
  return {
    connection,
    async connect() {
      const other = await instance.connect();
      if (readOnly) readOnlyConnections.add(other);
      others.push(other);
      return other;
    },
    close() {
      for (const other of others) other.closeSync();
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** Rows of a query as plain JSON values. Cast BIGINT counts to INTEGER and dates to VARCHAR in the SQL. */
export async function queryRows<T = Record<string, unknown>>(
  connection: DuckDBConnection,
  sql: string,
  params?: Record<string, DuckDBValue>,
): Promise<T[]> {
  const reader = await connection.runAndReadAll(sql, params);
  return reader.getRowObjectsJson() as T[];
}
