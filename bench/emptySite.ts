// An empty Framework site (one page, one heading) built on the same machine in the same run:
// the floor any Framework build pays, to set the product's build time beside.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function writeEmptySite(directory: string, nodeModules: string): void {
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(join(directory, "src"), { recursive: true });
  writeFileSync(join(directory, "src", "index.md"), "# Empty\n\nA page with nothing on it.\n");
  writeFileSync(join(directory, "observablehq.config.js"), `export default { root: "src", title: "Empty", globalStylesheets: [] };\n`);
  symlinkSync(nodeModules, join(directory, "node_modules"));
}
