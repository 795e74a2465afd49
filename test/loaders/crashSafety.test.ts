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

function runIngest(killAfterMs: number | null): Promise<number> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, ["bin/crd.js", "ingest", bigFile, "--db", warehouse], { stdio: "ignore" });
    const timer = killAfterMs === null ? null : setTimeout(() => child.kill("SIGKILL"), killAfterMs);
    child.on("exit", () => {
      if (timer) clearTimeout(timer);
      resolve(Date.now() - started);
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
  fullIngestMs = await runIngest(null);
  expect(await casesIn(warehouse)).toBe(ROWS);
  writeFileSync(warehouse, previous);
}, 120_000);

describe("crd ingest killed at random points", () => {
  it(`leaves the previous warehouse intact and usable every time (${KILLS} kills)`, async () => {
    const random = new Random(42);
    let interrupted = 0;
    for (let i = 0; i < KILLS; i++) {
      // Within the first 90% of a whole ingest's time, so that most kills land before the
      // rename (the last step), however fast this run is compared with the one measured.
      await runIngest(Math.floor(random.next() * 0.9 * fullIngestMs));
      const now = readFileSync(warehouse);
      if (now.equals(previous)) {
        interrupted++;
        expect(await casesIn(warehouse)).toBe(1);
      } else {
        // The kill came after the rename: the new warehouse is complete.
        expect(await casesIn(warehouse)).toBe(ROWS);
        writeFileSync(warehouse, previous);
      }
    }
    // The test interrupted ingests for real (a machine busier when the whole ingest was timed
    // makes later ones relatively quicker, so not every kill can be counted on to interrupt).
    expect(interrupted).toBeGreaterThanOrEqual(KILLS / 4);
    // The next ingest clears what the killed ones left behind.
    await ingest({ inputs: [join(dir, "small.csv")], warehouse });
    expect(readdirSync(dir).filter((f) => f.includes(".tmp-"))).toEqual([]);
  }, 600_000);
});
