// Framework's npm version cache, written by the build so that Framework never asks the
// registry which version of a library is the latest (issue: the build failed with no network).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { INSTALLED_NPM_LIBRARIES, PINNED_NPM_VERSIONS, npmVersions, writeNpmVersionCache } from "../../scripts/npmVersionCache.ts";
import { temporaryDirectory } from "../helpers.ts";

afterEach(() => vi.unstubAllGlobals());

function installedVersion(name: string): string {
  return JSON.parse(readFileSync(join("node_modules", name, "package.json"), "utf8")).version;
}

describe("the npm version cache", () => {
  it("names the installed version of what node_modules has, and the pin of the rest", () => {
    const versions = npmVersions("node_modules");
    for (const name of INSTALLED_NPM_LIBRARIES) expect(versions[name]).toBe(installedVersion(name));
    for (const [name, pin] of Object.entries(PINNED_NPM_VERSIONS)) {
      expect(versions[name]).toBe(existsSync(join("node_modules", name)) ? installedVersion(name) : pin);
    }
    // htl is installed at 0.3.1; the registry's latest (1.0.0) must not be what the site names.
    expect(versions.htl).toBe(installedVersion("htl"));
  });

  it("replaces whatever the cache held, so an old resolution cannot win", () => {
    const cache = temporaryDirectory();
    writeNpmVersionCache(cache, { htl: "1.0.0" });
    writeNpmVersionCache(cache, { htl: "0.3.1", "@observablehq/plot": "0.6.17" });
    expect(readdirSync(join(cache, "_npm")).sort()).toEqual(["@observablehq", "htl@0.3.1"]);
    expect(readdirSync(join(cache, "_npm", "@observablehq"))).toEqual(["plot@0.6.17"]);
  });

  it("lets Framework resolve every library its client names without a request", async () => {
    const root = temporaryDirectory();
    writeNpmVersionCache(join(root, ".observablehq", "cache"), npmVersions("node_modules"));
    const fetch = vi.fn(() => Promise.reject(new Error("no network")));
    vi.stubGlobal("fetch", fetch);
    // @ts-expect-error Framework's build module has no type declarations
    const { resolveNpmImport } = await import("@observablehq/framework/dist/npm.js");
    for (const name of [...INSTALLED_NPM_LIBRARIES, ...Object.keys(PINNED_NPM_VERSIONS)]) {
      const resolved: string = await resolveNpmImport(root, name);
      expect(resolved).toContain(`/_npm/${name}@${npmVersions("node_modules")[name]}/`);
    }
    expect(fetch).not.toHaveBeenCalled();
  });
});
