// Crash safety: `crd ingest` killed at random points, 20 times, never damages the warehouse.
// Each time the warehouse is either the previous one, byte for byte, or (when the kill came
// after the new one was complete and renamed into place) the new one, whole and usable.
import { spawn } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../loaders/ingest.ts";
import { Random } from "../../src/demo/random.ts";
import { openWarehouse, queryRows } from "../../src/warehouse/connection.ts";
import { OSRI_HEADER, csvOf, osriCells, temporaryDirectory } from "../helpers.ts";

const ROWS = 8_000;
const KILLS = 20;
let dir: string;
let warehouse: string;
let bigFile: string;
let previous: Buffer;
let fullIngestMs: number;

/** Runs `crd ingest`, killed after `killAfterMs` if it is still running; how long it ran and whether the kill ended it. */
function runIngest(killAfterMs: number | null): Promise<{ ms: number; killed: boolean }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, ["bin/crd.js", "ingest", bigFile, "--db", warehouse], { stdio: "ignore" });
    const timer = killAfterMs === null ? null : setTimeout(() => child.kill("SIGKILL"), killAfterMs);
    child.on("exit", (_, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ ms: Date.now() - started, killed: signal === "SIGKILL" });
    });
  });
}

async function casesIn(path: string): Promise<number> {
  const w = await openWarehouse(path, { readOnly: true });
  try {
    const [row] = await queryRows<{ n: number }>(w.connection, "SELECT count(*)::INTEGER AS n FROM osri_case");
    return row.n;
  } finally {
    w.close();
  }
}

beforeAll(async () => {
  dir = temporaryDirectory("crd-crash-");
  warehouse = join(dir, "w.duckdb");
  const small = join(dir, "small.csv");
  writeFileSync(small, csvOf(OSRI_HEADER, [osriCells({ case_id: "OLD-0001" })]));
  expect((await ingest({ inputs: [small], warehouse })).written).toBe(true);
  previous = readFileSync(warehouse);
  const random = new Random(7);
  const rows = Array.from({ length: ROWS }, (_, i) => osriCells({ case_id: `BIG-${String(i).padStart(6, "0")}`, item_12: random.chance(0.5) ? "Strength" : "ANI" }));
  bigFile = join(dir, "big.csv");
  writeFileSync(bigFile, csvOf(OSRI_HEADER, rows));
  // How long a whole ingest takes here, so that kills land across all of it; then put the old warehouse back.
  fullIngestMs = (await runIngest(null)).ms;
  expect(await casesIn(warehouse)).toBe(ROWS);
  writeFileSync(warehouse, previous);
}, 120_000);

describe("crd ingest killed at random points", () => {
  it(`leaves the previous warehouse intact and usable every time (${KILLS} kills)`, async () => {
    const random = new Random(42);
    let interrupted = 0;
    // Until KILLS ingests were interrupted for real. A kill lands within the first 90% of a
    // whole ingest's time; an ingest that finished before its kill (this machine runs faster
    // now than when the whole ingest was timed: other test files share its two cores) sets a
    // shorter time for the next kills.
    for (let attempt = 0; interrupted < KILLS && attempt < 4 * KILLS; attempt++) {
      const run = await runIngest(Math.floor(random.next() * 0.9 * fullIngestMs));
      const now = readFileSync(warehouse);
      if (now.equals(previous)) {
        interrupted++;
        expect(await casesIn(warehouse)).toBe(1);
      } else {
        // The kill came after the rename (or after the ingest ended): the new warehouse is complete.
        expect(await casesIn(warehouse)).toBe(ROWS);
        writeFileSync(warehouse, previous);
        if (!run.killed) fullIngestMs = Math.min(fullIngestMs, run.ms);
      }
    }
    expect(interrupted).toBe(KILLS);
    // The next ingest clears what the killed ones left behind.
    await ingest({ inputs: [join(dir, "small.csv")], warehouse });
    expect(readdirSync(dir).filter((f) => f.includes(".tmp-"))).toEqual([]);
  }, 600_000);
});
