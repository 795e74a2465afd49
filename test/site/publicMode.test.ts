// Public mode, built for real: every count of 1 to 10 in every data file of the site is
// masked, and so is every share whose denominator is.
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../loaders/ingest.ts";
import { temporaryDirectory } from "../helpers.ts";

const out = join(temporaryDirectory("crd-public-"), "dist");
const COUNT_FIELDS = ["n", "rated", "acceptable", "applicable", "strengths", "cases", "achieved", "numerator", "denominator", "mentions", "themes", "notApplicable"];

function jsonFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? jsonFiles(path) : name.endsWith(".json") ? [path] : [];
  });
}

function smallCounts(value: unknown, path: string, found: string[]) {
  if (Array.isArray(value)) value.forEach((v, i) => smallCounts(v, `${path}[${i}]`, found));
  else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if ((COUNT_FIELDS.includes(key) || path.endsWith(".counts")) && typeof v === "number" && v >= 1 && v <= 10) found.push(`${path}.${key} = ${v}`);
      smallCounts(v, `${path}.${key}`, found);
    }
  }
}

beforeAll(async () => {
  const warehouse = join(temporaryDirectory(), "w.duckdb");
  expect((await ingest({ inputs: ["data/demo"], warehouse })).written).toBe(true);
  const build = spawnSync(process.execPath, ["node_modules/.bin/tsx", "scripts/build.ts"], {
    encoding: "utf8",
    env: { ...process.env, CRD_DB: warehouse, CRD_SITE_OUT: out, CRD_PUBLIC: "1" },
  });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
}, 600_000);

describe("the site built in public mode", () => {
  it("has no count of 1 to 10 in any data file", () => {
    const files = jsonFiles(join(out, "_file"));
    expect(files.length).toBeGreaterThan(20);
    const found: string[] = [];
    for (const file of files) smallCounts(JSON.parse(readFileSync(file, "utf8")), file.slice(out.length), found);
    expect(found.slice(0, 10)).toEqual([]);
  });

  it("still publishes the counts above 10", () => {
    const file = jsonFiles(join(out, "_file")).find((f) => f.includes("sip-progress"))!;
    const rows = JSON.parse(readFileSync(file, "utf8")) as { denominator: number | null }[];
    expect(rows.some((r) => r.denominator !== null && r.denominator > 10)).toBe(true);
  });
});
