// What a built site depends on, as one hash: the warehouse's bytes, every source file of the
// site and the library (reports/, src/, scripts/, the Framework config, the installed
// packages' lockfile), and every setting (CRD_AS_OF's day, public mode, confidence...). A build
// whose fingerprint equals the one its output folder was built with would write the same
// files, so it keeps them (a rebuild with nothing changed). Any change, however small, makes a
// full build: nothing stale can be published.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync, openSync, readSync, closeSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { settings } from "../src/settings.ts";

const SOURCES = ["reports", "src", "scripts", "observablehq.config.ts", "package-lock.json"];

function files(root: string, path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  // Framework's cache and the page data a build writes beside the loaders are outputs, not sources.
  if (path === join("reports", ".observablehq")) return [];
  return readdirSync(full).sort().flatMap((name) => files(root, join(path, name)));
}

/** One buffer for every file: a new megabyte each, zeroed, was most of the fingerprint's time. */
const buffer = Buffer.allocUnsafe(1 << 20);

function hashFile(hash: ReturnType<typeof createHash>, path: string): void {
  const fd = openSync(path, "r");
  try {
    for (let n; (n = readSync(fd, buffer, 0, buffer.length, null)) > 0; ) hash.update(buffer.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}

/** Call with the page data of an earlier build removed (removePageData): the sources alone remain. */
export function buildFingerprint(root: string, warehouse: string): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify(settings()));
  hashFile(hash, warehouse);
  for (const path of SOURCES.flatMap((p) => files(root, p))) {
    hash.update(`\u0000${path}\u0000`);
    hashFile(hash, join(root, path));
  }
  return hash.digest("hex");
}

const record = (root: string) => join(root, "reports", ".observablehq", "built-sites.json");

function builtSites(root: string): Record<string, string> {
  return existsSync(record(root)) ? (JSON.parse(readFileSync(record(root), "utf8")) as Record<string, string>) : {};
}

/** The fingerprint `output` was last built with, if the build finished. */
export function recordedFingerprint(root: string, output: string): string | undefined {
  return builtSites(root)[relative(root, output) || "."];
}

/** True when `output` holds a complete build made with this fingerprint. */
export function alreadyBuilt(root: string, output: string, fingerprint: string): boolean {
  return existsSync(join(output, "index.html")) && recordedFingerprint(root, output) === fingerprint;
}

export function recordBuild(root: string, output: string, fingerprint: string | null): void {
  const sites = builtSites(root);
  if (fingerprint === null) delete sites[relative(root, output) || "."];
  else sites[relative(root, output) || "."] = fingerprint;
  mkdirSync(dirname(record(root)), { recursive: true });
  writeFileSync(record(root), `${JSON.stringify(sites, null, 2)}\n`);
}
