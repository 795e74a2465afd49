// A dataset several outputs start from is computed once per read-only connection (the build's),
// afresh on a connection that can write, and handed out frozen so no output can change it for
// the next.
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterEach, describe, expect, it } from "vitest";
import { computedOnce } from "../../src/datasets/computedOnce.ts";
import { openWarehouse } from "../../src/warehouse/connection.ts";
import { WAREHOUSE_FORMAT } from "../../src/warehouse/schema.ts";
import { temporaryDirectory } from "../helpers.ts";

const savedConfidence = process.env.CRD_CONFIDENCE;
afterEach(() => {
  if (savedConfidence === undefined) delete process.env.CRD_CONFIDENCE;
  else process.env.CRD_CONFIDENCE = savedConfidence;
});

async function emptyWarehouseFile(): Promise<string> {
  const path = join(temporaryDirectory(), "w.duckdb");
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  // Nothing but its layout, which a warehouse opened to be read must name (connection.ts).
  await connection.run(`CREATE TABLE warehouse_format (version INTEGER NOT NULL); INSERT INTO warehouse_format VALUES (${WAREHOUSE_FORMAT})`);
  connection.closeSync();
  instance.closeSync();
  return path;
}

function counted() {
  let calls = 0;
  const compute = computedOnce(async () => {
    calls++;
    return [{ share: 0.5, counts: { acceptable: 1, rated: 2 } }];
  });
  return { compute, calls: () => calls };
}

describe("a dataset computed once", () => {
  it("is computed once on a read-only connection, and its rows cannot be changed in place", async () => {
    const warehouse = await openWarehouse(await emptyWarehouseFile(), { readOnly: true });
    try {
      const { compute, calls } = counted();
      const [first, second] = [await compute(warehouse.connection), await compute(warehouse.connection)];
      expect(calls()).toBe(1);
      expect(second).toBe(first);
      expect(() => { first[0].share = 1; }).toThrow(TypeError);
      expect(() => { first[0].counts.rated = 3; }).toThrow(TypeError);
      expect(() => first.push({ share: 0, counts: { acceptable: 0, rated: 0 } })).toThrow(TypeError);
      // Another setting (the confidence level, here) is another result.
      process.env.CRD_CONFIDENCE = "0.9";
      await compute(warehouse.connection);
      expect(calls()).toBe(2);
    } finally {
      warehouse.close();
    }
  });

  it("is computed afresh each time on a connection that can write (its rows may have changed)", async () => {
    const warehouse = await openWarehouse(await emptyWarehouseFile(), { readOnly: false });
    try {
      const { compute, calls } = counted();
      await compute(warehouse.connection);
      await compute(warehouse.connection);
      expect(calls()).toBe(2);
    } finally {
      warehouse.close();
    }
  });
});
