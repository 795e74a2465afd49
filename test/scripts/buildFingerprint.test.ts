// A rebuild with nothing changed keeps the site it built; any change to the warehouse, a
// source file or a setting makes a full build, so nothing stale is published.
import { cpSync, mkdirSync, readFileSync, statSync, writeFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { alreadyBuilt, buildFingerprint, recordBuild, recordedFingerprint } from "../../scripts/buildFingerprint.ts";
import { lockBuild } from "../../scripts/buildLock.ts";
import { ingest } from "../../loaders/ingest.ts";
import { temporaryDirectory } from "../helpers.ts";
import { PINNED_AS_OF } from "../pinnedDay.ts";
import { sharedSite } from "../site/sharedSite.ts";
import { buildSite } from "../site/siteBuild.ts";

const saved = process.env.CRD_PUBLIC;
afterEach(() => {
  if (saved === undefined) delete process.env.CRD_PUBLIC;
  else process.env.CRD_PUBLIC = saved;
});

/** A checkout in miniature: a source of each kind and a warehouse file. */
function project() {
  const root = temporaryDirectory();
  for (const dir of ["reports/data", "src", "scripts", "reports/.observablehq/cache"]) mkdirSync(join(root, dir), { recursive: true });
  writeFileSync(join(root, "reports/index.md"), "# Home\n");
  writeFileSync(join(root, "src/a.ts"), "export const a = 1;\n");
  writeFileSync(join(root, "reports/.observablehq/cache/x.json"), "{}");
  writeFileSync(join(root, "w.duckdb"), "warehouse bytes");
  return root;
}

describe("the build's fingerprint", () => {
  it("changes with the warehouse, a source file and a setting, not with Framework's cache", () => {
    const root = project();
    const first = buildFingerprint(root, join(root, "w.duckdb"));
    writeFileSync(join(root, "reports/.observablehq/cache/x.json"), "{\"other\": true}");
    expect(buildFingerprint(root, join(root, "w.duckdb"))).toBe(first);
    writeFileSync(join(root, "w.duckdb"), "warehouse bytes, one rating changed");
    const second = buildFingerprint(root, join(root, "w.duckdb"));
    expect(second).not.toBe(first);
    writeFileSync(join(root, "src/a.ts"), "export const a = 2;\n");
    const third = buildFingerprint(root, join(root, "w.duckdb"));
    expect(third).not.toBe(second);
    process.env.CRD_PUBLIC = "1";
    expect(buildFingerprint(root, join(root, "w.duckdb"))).not.toBe(third);
  });

  it("says a folder is already built only for the fingerprint it was built with, and only when it holds a site", () => {
    const root = project();
    const out = join(root, "dist");
    recordBuild(root, out, "abc");
    expect(alreadyBuilt(root, out, "abc")).toBe(false); // no index.html: not a complete build
    mkdirSync(out);
    writeFileSync(join(out, "index.html"), "<h1>");
    expect(alreadyBuilt(root, out, "abc")).toBe(true);
    expect(alreadyBuilt(root, out, "abd")).toBe(false);
    recordBuild(root, out, null);
    expect(alreadyBuilt(root, out, "abc")).toBe(false);
  });
});

describe("a rebuild", () => {
  // The run's demo site (sharedSite.ts) is the first build: one full build fewer in every test run.
  it("keeps the site when nothing changed, and builds it again when the warehouse did", async () => {
    const { out: shared, warehouse } = await sharedSite();
    const index = join(shared, "index.html");
    const before = statSync(index).mtimeMs;
    buildSite({ CRD_DB: warehouse, CRD_SITE_OUT: shared, CRD_AS_OF: PINNED_AS_OF });
    expect(statSync(index).mtimeMs).toBe(before);

    // A copy of it, recorded as built from the same warehouse, sources and settings, is rebuilt
    // from a warehouse with one office review less: the QSR cases without their last review.
    const dir = temporaryDirectory();
    const out = join(dir, "dist");
    cpSync(shared, out, { recursive: true, preserveTimestamps: true });
    const unlock = await lockBuild(join("reports", ".observablehq", "build.lock"));
    try {
      const fingerprint = recordedFingerprint(".", shared);
      expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
      recordBuild(".", out, fingerprint!);
    } finally {
      unlock();
    }
    const input = join(dir, "in");
    cpSync("data/demo", input, { recursive: true });
    const cases = readFileSync(join(input, "qsr-cases.csv"), "utf8").trim().split("\n");
    const lastReview = cases.at(-1)!.split(",")[0];
    writeFileSync(join(input, "qsr-cases.csv"), `${cases.filter((l) => !l.startsWith(`${lastReview},`)).join("\n")}\n`);
    for (const kind of ["qsr-themes.csv", "qsr-next-steps.csv"]) {
      const lines = readFileSync(join(input, kind), "utf8").trim().split("\n");
      writeFileSync(join(input, kind), `${lines.filter((l) => !l.startsWith(`${lastReview},`)).join("\n")}\n`);
    }
    const changed = join(dir, "w2.duckdb");
    expect((await ingest({ inputs: [input], warehouse: changed })).written).toBe(true);
    const shares = () => readFileSync(join(out, "_file", "data", readdirSync(join(out, "_file", "data")).find((f) => f.startsWith("qsr-latest-shares."))!), "utf8");
    const oldShares = shares();
    buildSite({ CRD_DB: changed, CRD_SITE_OUT: out, CRD_AS_OF: PINNED_AS_OF });
    expect(statSync(join(out, "index.html")).mtimeMs).not.toBe(before);
    expect(shares()).not.toBe(oldShares);
    expect(oldShares).toContain(lastReview);
    expect(shares()).not.toContain(lastReview);
  }, 300_000);
});
