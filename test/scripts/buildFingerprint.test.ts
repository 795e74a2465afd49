// A rebuild with nothing changed keeps the site it built; any change to the warehouse, a
// source file or a setting makes a full build, so nothing stale is published.
import { cpSync, mkdirSync, readFileSync, statSync, writeFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { alreadyBuilt, buildFingerprint, recordBuild } from "../../scripts/buildFingerprint.ts";
import { ingest } from "../../loaders/ingest.ts";
import { temporaryDirectory } from "../helpers.ts";
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
  it("keeps the site when nothing changed, and builds it again when the warehouse did", async () => {
    const dir = temporaryDirectory();
    const warehouse = join(dir, "w.duckdb");
    const out = join(dir, "dist");
    expect((await ingest({ inputs: ["data/demo"], warehouse })).written).toBe(true);
    buildSite({ CRD_DB: warehouse, CRD_SITE_OUT: out });
    const index = join(out, "index.html");
    const before = statSync(index).mtimeMs;
    buildSite({ CRD_DB: warehouse, CRD_SITE_OUT: out });
    expect(statSync(index).mtimeMs).toBe(before);
    // One more office review's worth of change: the QSR cases without their last review.
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
    buildSite({ CRD_DB: changed, CRD_SITE_OUT: out });
    expect(statSync(index).mtimeMs).not.toBe(before);
    expect(shares()).not.toBe(oldShares);
    expect(oldShares).toContain(lastReview);
    expect(shares()).not.toContain(lastReview);
  }, 300_000);
});
