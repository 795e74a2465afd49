// The parameterized pages to build: one per QSR office and one Sum-Up handout per review,
// read from the warehouse the build uses.
import { DuckDBInstance } from "@duckdb/node-api";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { slug } from "../src/format/slug.ts";

export async function* sitePaths(): AsyncGenerator<string> {
  const path = resolve(process.env.CRD_DB ?? "data/warehouse.duckdb");
  if (!existsSync(path)) return;
  const instance = await DuckDBInstance.create(path, { access_mode: "READ_ONLY" });
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll("SELECT DISTINCT office FROM qsr_review ORDER BY office");
    for (const [office] of reader.getRows()) yield `/qsr/offices/${slug(String(office))}`;
    // Sum-Up handouts live under their office, so that they load the office's data file.
    const reviews = await connection.runAndReadAll("SELECT office, review_id FROM qsr_review ORDER BY office, review_id");
    for (const [office, review] of reviews.getRows()) yield `/qsr/offices/${slug(String(office))}/${slug(String(review))}`;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
