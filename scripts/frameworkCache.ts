// Framework's cache between builds. Everything a data or page loader wrote there goes before
// every build (Framework reruns a loader only when the loader file changes, so kept output
// could be stale data). What stays is `_node`: Framework's bundles of the libraries the pages
// import from node_modules (d3, Plot, Inputs...), 4-5 s of every build to make again. They
// are named by package and version and depend on nothing else installed, so they are kept
// while package-lock.json is the one they were made with, and removed with the rest when it
// changes. (`_npm`, the version cache, is written afresh after this: npmVersionCache.ts.)
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const KEPT = "_node";
const STAMP = ".package-lock-sha256";

export function clearFrameworkCache(cache: string, lockfile: string): void {
  const lock = existsSync(lockfile) ? createHash("sha256").update(readFileSync(lockfile)).digest("hex") : "none";
  const stamp = join(cache, KEPT, STAMP);
  const keep = existsSync(stamp) && readFileSync(stamp, "utf8") === lock;
  if (existsSync(cache)) {
    for (const entry of readdirSync(cache)) if (!(keep && entry === KEPT)) rmSync(join(cache, entry), { recursive: true, force: true });
  }
  mkdirSync(join(cache, KEPT), { recursive: true });
  writeFileSync(stamp, lock);
}
