// The parameterized pages to build: one per QSR office (which also prints as the Sum-Up
// handout of a review) and one per C-CFSR county, read from the warehouse the build uses.
// Framework spends about 70 ms on each page, so there is no page per review: 10,000 reviews
// at national scale would take twelve minutes to build.
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
    const counties = await connection.runAndReadAll("SELECT county FROM sip_target UNION SELECT county FROM pqcr_event UNION SELECT county FROM sip_value ORDER BY 1");
    for (const [county] of counties.getRows()) yield `/sip/counties/${slug(String(county))}`;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
