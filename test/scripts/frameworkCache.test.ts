// Framework's cache between builds: loader output never survives (it could be stale data);
// the bundles of node_modules libraries do, while the lockfile is the one they were made with.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { clearFrameworkCache } from "../../scripts/frameworkCache.ts";
import { temporaryDirectory } from "../helpers.ts";

function cacheWithEverything(root: string): string {
  const cache = join(root, "cache");
  for (const dir of ["_node/d3@7.9.2", "_npm/d3@7.9.2", "_observablehq", "data"]) mkdirSync(join(cache, dir), { recursive: true });
  writeFileSync(join(cache, "_node/d3@7.9.2/index.js"), "bundle");
  writeFileSync(join(cache, "data/qsr-offices.json"), "[]");
  return cache;
}

describe("the Framework cache a build starts from", () => {
  it("never keeps what a loader wrote, and keeps the library bundles while the lockfile is unchanged", () => {
    const root = temporaryDirectory();
    const lockfile = join(root, "package-lock.json");
    writeFileSync(lockfile, '{"v": 1}');
    const cache = cacheWithEverything(root);
    // The first build with this lockfile: nothing says what the bundles were made with.
    clearFrameworkCache(cache, lockfile);
    expect(existsSync(join(cache, "_node/d3@7.9.2/index.js"))).toBe(false);
    // The build bundles again, and its loaders write.
    writeFileSync(join(cache, "_node/d3@7.9.2.js"), "bundle");
    mkdirSync(join(cache, "data"));
    writeFileSync(join(cache, "data/qsr-offices.json"), "[]");
    clearFrameworkCache(cache, lockfile);
    expect(existsSync(join(cache, "_node/d3@7.9.2.js"))).toBe(true);
    expect(existsSync(join(cache, "data"))).toBe(false);
    expect(existsSync(join(cache, "_npm"))).toBe(false);
  });

  it("removes the library bundles when the lockfile changes", () => {
    const root = temporaryDirectory();
    const lockfile = join(root, "package-lock.json");
    writeFileSync(lockfile, '{"v": 1}');
    const cache = cacheWithEverything(root);
    clearFrameworkCache(cache, lockfile);
    writeFileSync(join(cache, "_node/plot.js"), "bundle");
    writeFileSync(lockfile, '{"v": 2}');
    clearFrameworkCache(cache, lockfile);
    expect(existsSync(join(cache, "_node/plot.js"))).toBe(false);
  });
});
