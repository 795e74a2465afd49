// The build writes every page's data beside the loaders and removes it afterwards; a build
// killed in between must not leave files that would shadow the loaders in the preview server.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../loaders/ingest.ts";
import { computeDataset } from "../../src/datasets/print.ts";
import { removePageData, writePageData } from "../../scripts/prebuiltPageData.ts";
import { temporaryDirectory, writeFile } from "../helpers.ts";

const TSX = "node_modules/.bin/tsx";
let warehouse: string;

beforeAll(async () => {
  warehouse = join(temporaryDirectory(), "w.duckdb");
  const result = await ingest({ inputs: ["data/demo"], warehouse });
  expect(result.written).toBe(true);
});

/** A reports folder with two dataset loaders, a loader that is not a dataset's, and a page. */
function reportsFolder(): string {
  const reports = temporaryDirectory("crd-reports-");
  mkdirSync(join(reports, "data"));
  writeFile(join(reports, "data"), "qsr-offices.json.ts", "// loader");
  writeFile(join(reports, "data"), "qsr-shares.csv.ts", "// loader");
  writeFile(join(reports, "data"), "pip-update.xlsx.ts", "// loader");
  writeFile(join(reports, "data"), "not-a-workbook.xlsx.ts", "// loader");
  mkdirSync(join(reports, "qsr"));
  writeFile(join(reports, "qsr"), "office.md.ts", "// page loader");
  writeFile(join(reports, "qsr"), "office.md.template", "```js\nconst files = new Map([\n/* SLICE FILES */\n]);\n```\n");
  writeFile(reports, "index.md", "# page");
  return reports;
}

const filesUnder = (directory: string): string[] =>
  readdirSync(directory, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(directory.length + 1)).sort();

describe("page data written by the build", () => {
  it("is each dataset loader's output, the office, result and county slices, and nothing for other loaders", async () => {
    const reports = reportsFolder();
    const count = await writePageData(reports, warehouse);
    expect(JSON.parse(readFileSync(join(reports, "data/qsr-offices.json"), "utf8"))).toEqual(await computeDataset("qsr-offices", warehouse));
    expect(readFileSync(join(reports, "data/qsr-shares.csv"), "utf8").split("\n")[0]).toBe("reviewId,office,reviewDate,fiscalYear,indicator,acceptable,rated,share,low,high");
    expect(existsSync(join(reports, "data/not-a-workbook.xlsx"))).toBe(false);
    expect(existsSync(join(reports, "qsr/offices/slices/northgate.json"))).toBe(true);
    expect(existsSync(join(reports, "cfsr/results/item-1.json"))).toBe(true);
    expect(readdirSync(join(reports, "sip/counties")).length).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(join(reports, ".observablehq/prebuilt-files.json"), "utf8"))).toHaveLength(count);
  });

  it("says when the office slices and what the offices' drawings read are written, before the rest, so that the drawing can start (scripts/build.ts)", async () => {
    const reports = reportsFolder();
    writeFile(join(reports, "data"), "site-info.json.ts", "// loader");
    writeFile(join(reports, "data"), "osri-item-quarters.json.ts", "// loader");
    const seen: Record<string, boolean>[] = [];
    await writePageData(reports, warehouse, () => {
      seen.push({
        slices: existsSync(join(reports, "qsr/offices/slices/northgate.json")),
        offices: existsSync(join(reports, "data/qsr-offices.json")),
        siteInfo: existsSync(join(reports, "data/site-info.json")),
        osri: existsSync(join(reports, "data/osri-item-quarters.json")) || existsSync(join(reports, "cfsr/results/item-1.json")),
      });
    });
    expect(seen).toEqual([{ slices: true, offices: true, siteInfo: true, osri: false }]);
    expect(existsSync(join(reports, "data/osri-item-quarters.json"))).toBe(true);
    removePageData(reports);
  });

  it("writes each workbook download as its data loader prints it, in public mode too", async () => {
    for (const publicMode of ["", "1"]) {
      process.env.CRD_PUBLIC = publicMode;
      try {
        const reports = reportsFolder();
        await writePageData(reports, warehouse);
        const loader = spawnSync(TSX, ["reports/data/pip-update.xlsx.ts"], { env: { ...process.env, CRD_DB: warehouse } });
        expect(loader.status).toBe(0);
        expect(readFileSync(join(reports, "data/pip-update.xlsx")).equals(loader.stdout)).toBe(true);
      } finally {
        delete process.env.CRD_PUBLIC;
      }
    }
  });

  it("writes a page that loads office slices as its page loader prints it: every reviewed office's file named", async () => {
    const reports = reportsFolder();
    writeFileSync(join(reports, "qsr/office.md.template"), readFileSync("reports/qsr/office.md.template"));
    await writePageData(reports, warehouse);
    const loader = spawnSync(TSX, ["reports/qsr/office.md.ts"], { env: { ...process.env, CRD_DB: warehouse }, encoding: "utf8" });
    expect(loader.status).toBe(0);
    const page = readFileSync(join(reports, "qsr/office.md"), "utf8");
    expect(page).toBe(loader.stdout);
    const reviewed = (await computeDataset("qsr-offices", warehouse)).filter((o) => o.lastReview !== null);
    expect(page.match(/FileAttachment\("\.\/offices\/slices\/[a-z0-9-]+\.json"\)/g)).toHaveLength(reviewed.length);
  });

  it("is removed afterwards, leaving the loaders and pages as they were", async () => {
    const reports = reportsFolder();
    const before = filesUnder(reports);
    await writePageData(reports, warehouse);
    removePageData(reports);
    expect(filesUnder(reports)).toEqual(before);
  });

  it("left behind by a killed build is removed by the next one before it writes", async () => {
    const reports = reportsFolder();
    await writePageData(reports, warehouse);
    // The next build computes from another warehouse that has no QSR office at all.
    const empty = join(temporaryDirectory(), "empty.duckdb");
    expect((await ingest({ inputs: ["data/demo/osri-cases.csv", "data/demo/regions.csv"], warehouse: empty })).written).toBe(true);
    await writePageData(reports, empty);
    expect(existsSync(join(reports, "qsr/offices/slices/northgate.json"))).toBe(false);
    removePageData(reports);
  });
});
