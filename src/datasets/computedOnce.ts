// A dataset that several outputs start from, computed once per read-only connection. The build
// computes every page's data on one read-only connection (eachFromWarehouse), and
// qsr-indicators, the OSRI item, outcome and county results and others are each the start of
// several outputs: at national scale 3 s each time for qsr-indicators, 5.5 s for the OSRI
// results. A read-only warehouse cannot change under its connection, so the first result
// stands for the connection's life (and for the settings it was computed with). A connection
// that can write (a test inserting rows between computations) always computes afresh.
// Results are frozen, deeply: an output that changed one in place would change it for the next.
import type { DuckDBConnection } from "@duckdb/node-api";
import { settings } from "../settings.ts";
import { isReadOnly } from "../warehouse/connection.ts";

const results = new WeakMap<DuckDBConnection, Map<unknown, Map<string, Promise<unknown>>>>();

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) deepFreeze(member);
  }
  return value;
}

export function computedOnce<T>(compute: (connection: DuckDBConnection) => Promise<T>): (connection: DuckDBConnection) => Promise<T> {
  return (connection) => {
    if (!isReadOnly(connection)) return compute(connection);
    const byCompute = results.get(connection) ?? results.set(connection, new Map()).get(connection)!;
    const bySettings = byCompute.get(compute) ?? byCompute.set(compute, new Map()).get(compute)!;
    const key = JSON.stringify(settings());
    if (!bySettings.has(key)) bySettings.set(key, compute(connection).then(deepFreeze));
    return bySettings.get(key) as Promise<T>;
  };
}
