// Framework's client bundle names libraries it offers implicitly (react-dom, echarts,
// mapbox-gl, ...) as `npm:` imports and resolves each to a version while it builds, even when
// no page uses it. It asks the public registry for `@latest` unless a folder NAME@VERSION in
// its `_npm` cache already names one. So a build with no network fails, and the same commit
// could build differently next month. The build therefore writes that version cache itself,
// exactly and only these versions: what is installed in node_modules when it is, otherwise
// the pin below. Nothing is downloaded: the folders stay empty (the site imports every
// library it uses by bare name from node_modules).
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

/** Versions for libraries Framework names but this project does not install (resolved 2026-11-23). */
export const PINNED_NPM_VERSIONS: Record<string, string> = {
  "@observablehq/sample-datasets": "1.0.1",
  "apache-arrow": "21.2.0",
  arquero: "8.0.3",
  echarts: "6.1.0",
  leaflet: "1.9.4",
  lodash: "4.18.1",
  "mapbox-gl": "3.32.0",
  "parquet-wasm": "0.8.0",
  react: "19.3.1",
  "react-dom": "19.3.1",
  "topojson-client": "3.1.0",
};

/** Libraries Framework names that this project installs: their installed version is used. */
export const INSTALLED_NPM_LIBRARIES = ["@observablehq/plot", "d3", "d3-dsv", "htl"];

export function npmVersions(nodeModules: string): Record<string, string> {
  const versions: Record<string, string> = { ...PINNED_NPM_VERSIONS };
  for (const name of [...INSTALLED_NPM_LIBRARIES, ...Object.keys(PINNED_NPM_VERSIONS)]) {
    const manifest = join(nodeModules, name, "package.json");
    if (existsSync(manifest)) versions[name] = (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
    else if (!(name in versions)) throw new Error(`${name} is not installed in ${nodeModules}: run npm install`);
  }
  return versions;
}

/** Replaces Framework's `_npm` version cache under `cacheDirectory` with exactly these versions. */
export function writeNpmVersionCache(cacheDirectory: string, versions: Record<string, string>): void {
  const npm = join(cacheDirectory, "_npm");
  rmSync(npm, { recursive: true, force: true });
  for (const [name, version] of Object.entries(versions)) mkdirSync(join(npm, `${name}@${version}`), { recursive: true });
}
