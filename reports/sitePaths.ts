// The parameterized pages to build: one per QSR office, one Sum-Up handout per review and one
// page per C-CFSR county,
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
    const counties = await connection.runAndReadAll("SELECT county FROM sip_target UNION SELECT county FROM pqcr_event UNION SELECT county FROM sip_value ORDER BY 1");
    for (const [county] of counties.getRows()) yield `/sip/counties/${slug(String(county))}`;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
