// Expands the paths given to `crd ingest` into input files: a directory means every input
// file in it (not its subdirectories), in name order so that an ingest is repeatable.
import { existsSync, readdirSync, statSync } from "node:fs";
import { extname, join, relative } from "node:path";
import { INPUT_EXTENSIONS } from "./checkFile.ts";
import type { Problem } from "./problem.ts";

export interface InputFile {
  path: string;
  /** The name used in every message: relative to the working directory. */
  file: string;
}

export function listInputFiles(paths: string[]): { files: InputFile[]; problems: Problem[] } {
  const files: InputFile[] = [];
  const problems: Problem[] = [];
  const display = (path: string) => relative(process.cwd(), path) || path;
  for (const path of paths) {
    if (!existsSync(path)) {
      problems.push({ file: path, row: null, column: null, reason: "does not exist" });
    } else if (statSync(path).isDirectory()) {
      const inside = readdirSync(path)
        .filter((name) => INPUT_EXTENSIONS.includes(extname(name).toLowerCase()) && !name.startsWith("."))
        .sort()
        .map((name) => join(path, name));
      if (inside.length === 0) problems.push({ file: path, row: null, column: null, reason: `has no input files (${INPUT_EXTENSIONS.join(", ")})` });
      files.push(...inside.map((p) => ({ path: p, file: display(p) })));
    } else if (!INPUT_EXTENSIONS.includes(extname(path).toLowerCase())) {
      problems.push({ file: display(path), row: null, column: null, reason: `is not an input file: use ${INPUT_EXTENSIONS.join(", ")}` });
    } else files.push({ path, file: display(path) });
  }
  return { files, problems };
}
