// Build smoke test: the real Framework build, offline, from a warehouse of the demo data,
// into a temporary folder; the built pages exist and carry the warehouse's numbers.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../loaders/ingest.ts";
import { computeDataset } from "../../src/datasets/print.ts";
import { temporaryDirectory } from "../helpers.ts";

const out = join(temporaryDirectory("crd-site-"), "dist");
let warehouse: string;

function builtData(name: string): unknown {
  const dir = join(out, "_file", "data");
  const file = readdirSync(dir).find((f) => f.startsWith(`${name}.`) && f.endsWith(".json"));
  if (!file) throw new Error(`no built ${name} data file in ${dir}`);
  return JSON.parse(readFileSync(join(dir, file), "utf8"));
}

beforeAll(async () => {
  warehouse = join(temporaryDirectory(), "w.duckdb");
  expect((await ingest({ inputs: ["data/demo"], warehouse })).written).toBe(true);
  const build = spawnSync(process.execPath, ["node_modules/.bin/tsx", "scripts/build.ts"], {
    encoding: "utf8",
    env: { ...process.env, CRD_DB: warehouse, CRD_SITE_OUT: out },
  });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
}, 300_000);

describe("the built site", () => {
  it.each(["index.html", "qsr/indicators.html", "cfsr/item-performance.html", "sip/measures.html"])("has page %s", (page) => {
    expect(existsSync(join(out, page))).toBe(true);
  });

  it.each(["site-info", "qsr-county-indicators", "osri-item-quarters", "sip-values"])("publishes %s exactly as crd export computes it", async (name) => {
    const expected = await computeDataset(name, warehouse);
    expect(builtData(name)).toEqual(expected);
    expect((expected as unknown[]).length).toBeGreaterThan(0);
  });

  it("marks the demo data as synthetic", () => {
    expect((builtData("site-info") as { synthetic: boolean }[])[0].synthetic).toBe(true);
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain("Case Review Dashboard");
  });

  it("requests nothing from a CDN", () => {
    const html = ["index.html", "qsr/indicators.html"].map((p) => readFileSync(join(out, p), "utf8")).join("\n");
    expect(html).not.toMatch(/cdn\.jsdelivr|fonts\.googleapis|https:\/\/[^"' ]+\.js/);
  });
});
