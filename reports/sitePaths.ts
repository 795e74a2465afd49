// The parameterized pages to build: one per C-CFSR county, read from the warehouse the build
// uses. Framework spends about 130 ms loading and rendering each page, so QSR offices (1,000
// at national scale) share one page, /qsr/office?office=SLUG, and reviews have none of their own.
import { DuckDBInstance } from "@duckdb/node-api";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { slug } from "../src/format/slug.ts";
import { COUNTIES_SQL } from "../src/datasets/ccfsrCountySlice.ts";

export async function* sitePaths(): AsyncGenerator<string> {
  const path = resolve(process.env.CRD_DB ?? "data/warehouse.duckdb");
  if (!existsSync(path)) return;
  const instance = await DuckDBInstance.create(path, { access_mode: "READ_ONLY" });
  const connection = await instance.connect();
  try {
    const counties = await connection.runAndReadAll(COUNTIES_SQL);
    for (const [county] of counties.getRows()) yield `/sip/counties/${slug(String(county))}`;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
