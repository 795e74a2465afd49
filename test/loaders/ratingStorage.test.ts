// Ratings are stored wide (a row per case, a column per indicator or item) and read long
// through the views qsr_rating and osri_rating (src/warehouse/schema.ts). Both ingest paths
// write the same wide rows; these tests read the views as every dataset does.
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ingest } from "../../loaders/ingest.ts";
import { openWarehouse, queryRows } from "../../src/warehouse/connection.ts";
import { OSRI_HEADER, QSR_HEADER, csvOf, osriCells, qsrCells, temporaryDirectory, writeFile } from "../helpers.ts";

async function rows<T>(warehouse: string, sql: string): Promise<T[]> {
  const w = await openWarehouse(warehouse, { readOnly: true });
  try {
    return await queryRows<T>(w.connection, sql);
  } finally {
    w.close();
  }
}

const paths = [
  { path: "bulk", rowByRow: undefined },
  { path: "row-by-row", rowByRow: "1" },
] as const;

afterEach(() => {
  delete process.env.CRD_ROW_BY_ROW;
});

describe.each(paths)("ratings stored wide, read long ($path)", ({ path, rowByRow }) => {
  it("gives NA a row with no rating, and a rating not recorded no row", async () => {
    if (rowByRow) process.env.CRD_ROW_BY_ROW = rowByRow;
    const dir = temporaryDirectory();
    const warehouse = join(dir, "w.duckdb");
    const file = writeFile(dir, "qsr.csv", csvOf(QSR_HEADER, [qsrCells({ case_id: "CASE-01", status_safety: "na", status_stability: "", practice_teamwork: "2" })]));
    const result = await ingest({ inputs: [file], warehouse });
    expect(result.method).toBe(path);
    const long = await rows<{ indicator: string; rating: number | null; not_applicable: boolean }>(
      warehouse,
      "SELECT indicator, rating, not_applicable FROM qsr_rating WHERE indicator IN ('status_safety', 'status_stability', 'practice_teamwork') ORDER BY indicator",
    );
    expect(long).toEqual([
      { indicator: "practice_teamwork", rating: 2, not_applicable: false },
      { indicator: "status_safety", rating: null, not_applicable: true },
    ]);
    const [{ n }] = await rows<{ n: number }>(warehouse, "SELECT count(*)::INTEGER AS n FROM qsr_rating");
    expect(n).toBe(QSR_HEADER.length - 6 - 1);
  });

  it("keeps each OSRI item's number and its rating's canonical spelling", async () => {
    if (rowByRow) process.env.CRD_ROW_BY_ROW = rowByRow;
    const dir = temporaryDirectory();
    const warehouse = join(dir, "w.duckdb");
    const file = writeFile(dir, "osri.csv", csvOf(OSRI_HEADER, [osriCells({ case_id: "OSRI-01", item_01: "s", item_02: "Area Needing Improvement", item_03: "n/a", item_18: "" })]));
    const result = await ingest({ inputs: [file], warehouse });
    expect(result.method).toBe(path);
    const long = await rows<{ item: number; rating: string }>(warehouse, "SELECT item::INTEGER AS item, rating FROM osri_rating WHERE item IN (1, 2, 3, 18) ORDER BY item");
    expect(long).toEqual([
      { item: 1, rating: "Strength" },
      { item: 2, rating: "ANI" },
      { item: 3, rating: "NA" },
    ]);
    const [types] = await rows<{ item: string; rating: string }>(warehouse, "SELECT typeof(item) AS item, typeof(rating) AS rating FROM osri_rating LIMIT 1");
    expect(types).toEqual({ item: "TINYINT", rating: "VARCHAR" });
  });
});
