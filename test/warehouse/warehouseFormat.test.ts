// A warehouse written by an earlier crd (ratings stored otherwise) is refused when opened to be
// read, naming itself and what to do, rather than failing in the middle of a dataset's query.
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { ingest } from "../../loaders/ingest.ts";
import { computeDataset } from "../../src/datasets/print.ts";
import { openWarehouse, OutdatedWarehouse } from "../../src/warehouse/connection.ts";
import { WAREHOUSE_FORMAT } from "../../src/warehouse/schema.ts";
import { temporaryDirectory } from "../helpers.ts";

async function warehouseWith(sql: string): Promise<string> {
  const path = join(temporaryDirectory(), "w.duckdb");
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  await connection.run(sql);
  connection.closeSync();
  instance.closeSync();
  return path;
}

describe("a warehouse's layout", () => {
  it("is written by an ingest, and such a warehouse opens to be read", async () => {
    const path = join(temporaryDirectory(), "w.duckdb");
    expect((await ingest({ inputs: ["data/demo"], warehouse: path })).written).toBe(true);
    const opened = await openWarehouse(path, { readOnly: true });
    opened.close();
    expect((await computeDataset("qsr-offices", path)).length).toBeGreaterThan(0);
  });

  it("missing (a warehouse from before layouts were named, its ratings one row each) refuses the warehouse, saying to load it again", async () => {
    const path = await warehouseWith("CREATE TABLE qsr_rating (review_id VARCHAR, case_id VARCHAR, indicator VARCHAR, rating INTEGER)");
    const opening = openWarehouse(path, { readOnly: true });
    await expect(opening).rejects.toBeInstanceOf(OutdatedWarehouse);
    await expect(opening).rejects.toThrow(`the warehouse at ${path} was written by an earlier version of crd (before warehouses named their layout): load the input files into it again with \`crd ingest FILES --db ${path}\``);
    // Refused before any query: a dataset says the same, not a missing table.
    await expect(computeDataset("qsr-offices", path)).rejects.toBeInstanceOf(OutdatedWarehouse);
  });

  it("of another number refuses the warehouse, naming both layouts", async () => {
    const path = await warehouseWith(`CREATE TABLE warehouse_format (version INTEGER NOT NULL); INSERT INTO warehouse_format VALUES (${WAREHOUSE_FORMAT - 1})`);
    await expect(openWarehouse(path, { readOnly: true })).rejects.toThrow(`(layout ${WAREHOUSE_FORMAT - 1}; this one reads layout ${WAREHOUSE_FORMAT})`);
  });
});
