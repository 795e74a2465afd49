// Puts a new warehouse in place of the old one only when all is well. The new warehouse is
// written to a temporary file beside the old one and renamed over it, an atomic step: a
// failure or a crash at any point before the rename leaves the old warehouse as it was.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { openWarehouse } from "../src/warehouse/connection.ts";

/**
 * Runs `write` on a new, empty warehouse (`connect` gives it more connections to it, for work
 * at the same time). When it returns false (it found something that
 * stops the load) the new file is thrown away and the old warehouse stays; returns whether
 * the new one is in place.
 */
export async function replaceWarehouse(target: string, write: (connection: DuckDBConnection, connect: () => Promise<DuckDBConnection>) => Promise<boolean>): Promise<boolean> {
  mkdirSync(dirname(target), { recursive: true });
  removeStaleTemporaries(target);
  const temporary = `${target}.tmp-${process.pid}`;
  rmSync(temporary, { force: true });
  rmSync(`${temporary}.wal`, { force: true });
  const warehouse = await openWarehouse(temporary, { readOnly: false });
  const discard = () => {
    warehouse.close();
    rmSync(temporary, { force: true });
    rmSync(`${temporary}.wal`, { force: true });
  };
  try {
    if (!(await write(warehouse.connection, () => warehouse.connect()))) {
      discard();
      return false;
    }
    // Everything into the database file itself, so that the rename moves the whole warehouse.
    await warehouse.connection.run("CHECKPOINT");
  } catch (error) {
    discard();
    throw error;
  }
  warehouse.close();
  renameSync(temporary, target);
  return true;
}

/** Temporary warehouses left by an ingest that was killed before its rename. */
function removeStaleTemporaries(target: string) {
  const directory = dirname(target);
  if (!existsSync(directory)) return;
  const prefix = `${basename(target)}.tmp-`;
  for (const name of readdirSync(directory)) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).replace(/\.wal$/, ""));
    if (!Number.isInteger(pid) || !processIsAlive(pid)) rmSync(join(directory, name), { force: true });
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
