// A build whose page data cannot be computed stops with the reason, and leaves nothing behind:
// no page data beside the loaders (it would shadow them in the preview server), no lock, no
// site, and no Framework process (Framework starts before the data is computed and waits to
// be told to build: scripts/frameworkBuild.mjs). Run in a copy of the checkout, so that the
// builds other test files run at the same time neither wait for it nor show in its folders.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { ingest } from "../../loaders/ingest.ts";
import { lockBuild } from "../../scripts/buildLock.ts";
import { temporaryDirectory } from "../helpers.ts";

const SOURCES = ["reports", "scripts", "src", "loaders", "bin", "observablehq.config.ts", "package.json", "package-lock.json", "tsconfig.json"];

/**
 * A copy of the sources, taken under the checkout's build lock: another test file's build
 * writes page data beside the loaders and removes it before it unlocks, and a copy taken
 * meanwhile holds it as "before", which this build rightly removes (CI failed so, twice).
 */
async function checkoutCopy(): Promise<string> {
  const root = temporaryDirectory("crd-checkout-");
  const unlock = await lockBuild(resolve("reports", ".observablehq", "build.lock"));
  try {
    for (const path of SOURCES) cpSync(path, join(root, path), { recursive: true, filter: (source) => !source.includes(".observablehq") });
    // Framework's bundles of the libraries the pages import, kept under a key of the lockfile
    // (scripts/frameworkCache.ts): as a second build on a machine finds them. Bundling them
    // again is most of a demo build and none of what these tests check.
    const bundles = join("reports", ".observablehq", "cache", "_node");
    if (existsSync(bundles)) cpSync(bundles, join(root, bundles), { recursive: true });
  } finally {
    unlock();
  }
  symlinkSync(resolve("node_modules"), join(root, "node_modules"));
  return root;
}

const filesUnder = (directory: string) => readdirSync(directory, { recursive: true, encoding: "utf8" }).filter((f) => !f.startsWith(".observablehq")).sort();

/** Processes whose environment holds `marker`: this build's and its children's. */
function processesMarked(marker: string): number[] {
  return readdirSync("/proc").filter((pid) => /^\d+$/.test(pid)).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/environ`, "latin1").includes(marker);
    } catch {
      return false; // ended meanwhile, or not ours to read
    }
  }).map(Number);
}

describe("a build whose page data fails", () => {
  it("stops with the reason and leaves no page data, lock, site or Framework process behind", async () => {
    const root = await checkoutCopy();
    const warehouse = join(temporaryDirectory(), "w.duckdb");
    expect((await ingest({ inputs: ["data/demo"], warehouse })).written).toBe(true);
    // The SIP values go: the datasets before them are computed and written, then sip-progress fails.
    const instance = await DuckDBInstance.create(warehouse);
    const connection = await instance.connect();
    await connection.run("DROP TABLE sip_value");
    connection.closeSync();
    instance.closeSync();

    const before = filesUnder(join(root, "reports"));
    const marker = `crd-failing-build-${process.pid}-${Date.now()}`;
    const output = join(root, "dist");
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, CRD_DB: warehouse, CRD_SITE_OUT: output, CRD_TEST_MARKER: marker },
    });

    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/sip_value/);
    expect(run.stdout).not.toMatch(/page data written/);
    expect(filesUnder(join(root, "reports"))).toEqual(before);
    expect(existsSync(join(root, "reports", ".observablehq", "build.lock"))).toBe(false);
    expect(existsSync(join(output, "index.html"))).toBe(false);
    expect(processesMarked(marker)).toEqual([]);
  }, 300_000); // the copy waits for a build under way in the checkout
});

describe("a build whose office charts fail", () => {
  // They are drawn while Framework builds, in the build's process for a few offices and in
  // processes of their own for many (scripts/officeChartsProcess.ts; CRD_OFFICE_CHARTS_APART=1
  // takes that path with the demo's), and awaited only once Framework has built: a failure
  // meanwhile once ended the build unhandled, leaving the page data beside the loaders and the lock.
  it.each([
    { where: "in the build's process", apart: "0" },
    { where: "in a process of their own", apart: "1" },
  ])("stops with the reason and leaves no page data, lock or process behind, drawn $where", async ({ apart }) => {
    const root = await checkoutCopy();
    const drawing = join(root, "scripts/officeFirstCharts.ts");
    const source = readFileSync(drawing, "utf8");
    const start = /export function drawOfficeCharts\([^\n]*\{\n/.exec(source)!;
    writeFileSync(drawing, `${source.slice(0, start.index + start[0].length)}  throw new Error("office charts could not be drawn");\n${source.slice(start.index + start[0].length)}`);
    const warehouse = join(temporaryDirectory(), "w.duckdb");
    expect((await ingest({ inputs: ["data/demo"], warehouse })).written).toBe(true);
    const before = filesUnder(join(root, "reports"));
    const marker = `crd-failing-charts-${process.pid}-${Date.now()}`;
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, CRD_DB: warehouse, CRD_SITE_OUT: join(root, "dist"), CRD_TEST_MARKER: marker, CRD_OFFICE_CHARTS_APART: apart },
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/office charts could not be drawn/);
    expect(filesUnder(join(root, "reports"))).toEqual(before);
    expect(existsSync(join(root, "reports", ".observablehq", "build.lock"))).toBe(false);
    expect(existsSync(join(root, "reports", ".observablehq", "office-charts"))).toBe(false);
    expect(processesMarked(marker)).toEqual([]);
  }, 300_000); // the copy waits for a build under way in the checkout
});
