// Framework's own client bundles are kept between builds (scripts/frameworkClientBundles.mjs),
// under a key of everything they depend on; the demo site built with them is byte for byte the
// one built without (checked when they were introduced; the site tests check the pages work).
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain JavaScript, run by Framework's process
import { rollupClient } from "../../scripts/frameworkClientBundles.mjs";
import { temporaryDirectory } from "../helpers.ts";

const client = createRequire(import.meta.url).resolve("@observablehq/framework/dist/client/runtime.js");
const kept = (root: string) => join(root, ".observablehq", "cache", "_node", ".framework-client");

describe("Framework's client bundles", () => {
  it("are made once and then read from Framework's kept cache", async () => {
    const root = temporaryDirectory();
    const first = await rollupClient(client, root, "/_observablehq/runtime.js", { minify: true, keepNames: true, define: {} });
    expect(first).toContain("Runtime");
    const [file] = readdirSync(kept(root));
    // What is kept is what is returned: a planted bundle proves the second call reads it.
    writeFileSync(join(kept(root), file), "planted");
    expect(await rollupClient(client, root, "/_observablehq/runtime.js", { minify: true, keepNames: true, define: {} })).toBe("planted");
  }, 60_000);

  it("are made again when the options or the npm version cache differ", async () => {
    const root = temporaryDirectory();
    await rollupClient(client, root, "/_observablehq/runtime.js", { minify: true, keepNames: true, define: {} });
    await rollupClient(client, root, "/_observablehq/runtime.js", { minify: false, keepNames: true, define: {} });
    mkdirSync(join(root, ".observablehq", "cache", "_npm", "d3-dsv@3.0.1"), { recursive: true });
    await rollupClient(client, root, "/_observablehq/runtime.js", { minify: true, keepNames: true, define: {} });
    expect(readdirSync(kept(root))).toHaveLength(3);
  }, 60_000);
});
