// Public mode, built for real, twice from the same input, once with no network: every count
// of 1 to 10 in every data file of the site is masked (and so is every share whose
// denominator is), and the two builds are byte-identical, file for file.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../loaders/ingest.ts";
import { temporaryDirectory } from "../helpers.ts";
import { PINNED_AS_OF } from "../pinnedDay.ts";
import { buildSite } from "./siteBuild.ts";
import { drawn } from "./layoutProblems.ts";
import { leaksIn } from "../publicLeaks.ts";
import { siteInBrowser } from "./browser.ts";

const out = join(temporaryDirectory("crd-public-"), "dist");
const again = join(temporaryDirectory("crd-public-again-"), "dist");
function jsonFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? jsonFiles(path) : name.endsWith(".json") ? [path] : [];
  });
}

function build(warehouse: string, into: string, offline: boolean) {
  // A fixed "as of" day: deadlines flagged overdue or upcoming depend on it.
  buildSite({ CRD_DB: warehouse, CRD_SITE_OUT: into, CRD_PUBLIC: "1", CRD_AS_OF: PINNED_AS_OF }, { offline });
}

beforeAll(async () => {
  const warehouse = join(temporaryDirectory(), "w.duckdb");
  expect((await ingest({ inputs: ["data/demo"], warehouse })).written).toBe(true);
  build(warehouse, out, true);
  // The same input loaded again into a new warehouse, and built again.
  const second = join(temporaryDirectory(), "w.duckdb");
  expect((await ingest({ inputs: ["data/demo"], warehouse: second })).written).toBe(true);
  build(second, again, false);
}, 900_000);

describe("the site built in public mode", () => {
  it("has no count of 1 to 10, nor a way to compute one, in any data file", () => {
    const files = jsonFiles(join(out, "_file"));
    expect(files.length).toBeGreaterThan(20);
    const found: string[] = [];
    for (const file of files) leaksIn(JSON.parse(readFileSync(file, "utf8")), file.slice(out.length), found);
    expect(found.slice(0, 10)).toEqual([]);
  });

  it("still publishes every reviewed office's page data, though its count of reviews is masked", async () => {
    const slices = readdirSync(join(out, "_file", "qsr", "offices", "slices"));
    const offices = new Set(readFileSync("data/demo/qsr-cases.csv", "utf8").trim().split("\n").slice(1).map((line) => line.split(",")[1]));
    expect(slices).toHaveLength(offices.size);
  });

  it("still publishes the counts above 10", () => {
    const file = jsonFiles(join(out, "_file")).find((f) => f.includes("sip-progress"))!;
    const rows = JSON.parse(readFileSync(file, "utf8")) as { denominator: number | null }[];
    expect(rows.some((r) => r.denominator !== null && r.denominator > 10)).toBe(true);
  });
});

describe("the public site in Chromium", () => {
  const site = siteInBrowser(() => out);
  const PAGES = ["/", "/qsr/county", "/qsr/trends", "/qsr/indicators", "/qsr/offices/", "/qsr/office?office=northgate", "/qsr/grand-rounds?office=northgate", "/qsr/grand-rounds?county", "/qsr/grand-rounds?office=northgate&slide=8", "/cfsr/pip-update", "/cfsr/case-review-results", "/cfsr/item-performance", "/cfsr/review-schedule", "/cfsr/review-operations", "/sip/", "/sip/measures", "/sip/counties/alder"];

  // Three pages at a time (maxConcurrency, vitest.config.ts); each reads its own expect, as concurrent tests must.
  it.concurrent.for(PAGES)("%s shows its masked values as masked: no error, no NaN, null or undefined on the page", async (path, { expect }) => {
    const { page, errors } = await site.open(path, { waitForTable: false });
    // Every cell drawn, the slides' deck among them (a block cell, with no placeholder to wait on).
    await drawn(page, { charts: !["/", "/qsr/offices/", "/cfsr/review-schedule"].includes(path) });
    const text = await page.evaluate(() => document.body.innerText);
    expect(text.match(/.{0,30}\b(NaN|null|undefined)\b.{0,20}/g) ?? []).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("two builds from the same input, the first with no network", () => {
  it("write byte-identical sites", () => {
    // Every file: pages, data, downloads and Framework's bundles of the libraries.
    const files = (root: string) => allFiles(root).map((f) => f.slice(root.length)).sort();
    expect(files(again)).toEqual(files(out));
    for (const file of files(out)) expect(readFileSync(join(again, file)).equals(readFileSync(join(out, file))), file).toBe(true);
    expect(files(out).some((f) => f.endsWith(".xlsx"))).toBe(true);
    expect(files(out).some((f) => f.startsWith("/_node/d3@"))).toBe(true);
  });
});

function allFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}
