// Framework's rollup helpers as its build imports them (frameworkClientHooks.mjs), with one
// change: the bundles of Framework's own client code (client.js, runtime.js, stdlib.js), which
// Framework makes again with rollup on every build (half a second of the demo build, on its
// critical path), are kept between builds. A bundle depends only on Framework's sources, its
// options and the npm version cache Framework resolves imports with, so it is kept under a
// key of those, in `_node` of Framework's cache: removed with it when package-lock.json
// changes (frameworkCache.ts). Plain JavaScript: it runs in Framework's process.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { rollupClient as bundleAgain } from "@observablehq/framework/dist/rollup.js";

export * from "@observablehq/framework/dist/rollup.js";

export async function rollupClient(input, root, path, options = {}) {
  // A resolver function cannot be part of a key: such a bundle is made as always.
  if (options.resolveImport) return bundleAgain(input, root, path, options);
  const cache = join(root, ".observablehq", "cache");
  const npm = join(cache, "_npm");
  const versions = existsSync(npm) ? readdirSync(npm).sort() : [];
  const source = readFileSync(input, "utf8");
  const key = createHash("sha256")
    .update(JSON.stringify([input, source, root, path, options, process.env.OBSERVABLE_ORIGIN ?? null, versions]))
    .digest("hex")
    .slice(0, 24);
  const kept = join(cache, "_node", ".framework-client", `${key}.js`);
  if (existsSync(kept)) return readFileSync(kept, "utf8");
  const contents = await bundleAgain(input, root, path, options);
  mkdirSync(dirname(kept), { recursive: true });
  // Written whole, then renamed: a build killed midway leaves no half bundle to be kept.
  writeFileSync(`${kept}.tmp-${process.pid}`, contents);
  renameSync(`${kept}.tmp-${process.pid}`, kept);
  return contents;
}
