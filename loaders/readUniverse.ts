// Reads the case universe for crd sample: the folder's three files (foster care episodes,
// in-home cases, in-home household children), each recognised from its header and every row
// checked as ingest checks its files, identifying data refused the same way. The universe is
// operational data: a problem names the file, row and column, never the value (the reasons
// the schemas write quote it; here the quote is taken out).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { TabularKind } from "../src/schemas/inputKind.ts";
import { UNIVERSE_KINDS, type FosterCareEpisodeRow, type HouseholdChildRow, type InHomeCaseRow } from "../src/schemas/universe.ts";
import { checkFile } from "./checkFile.ts";
import { listInputFiles } from "./inputFiles.ts";
import type { Problem } from "./problem.ts";

export interface Universe {
  fosterCare: FosterCareEpisodeRow[];
  inHome: InHomeCaseRow[];
  household: HouseholdChildRow[];
}

export interface InputRecord {
  file: string;
  kind: string;
  rows: number;
  sha256: string;
}

export function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

/** A reason with any quoted value taken out: `"X-1" is not ...` becomes `the value is not ...`. */
export function withoutValue(problem: Problem): Problem {
  const { value: _value, ...rest } = problem;
  return { ...rest, reason: problem.reason.replace(/^"(?:[^"\\]|\\.)*"/, "the value") };
}

/** Reads the files of `kinds` in the given paths; each kind once. */
export async function readTables<K extends readonly TabularKind<any>[]>(paths: string[], kinds: K, what: string) {
  const listing = listInputFiles(paths);
  const problems: Problem[] = [...listing.problems];
  const inputs: InputRecord[] = [];
  const rows = new Map<string, unknown[]>();
  for (const input of listing.files) {
    const checked = await checkFile(input.path, input.file, () => {}, kinds);
    problems.push(...checked.fileProblems.map(withoutValue));
    if (checked.type !== "table") continue;
    problems.push(...checked.rows.flatMap((r) => r.problems).map(withoutValue));
    if (rows.has(checked.kind.kind)) problems.push({ file: input.file, row: null, column: null, reason: `is a second ${checked.kind.kind} file in ${what}: give one of each` });
    rows.set(checked.kind.kind, checked.rows.filter((r) => r.value !== null).map((r) => r.value));
    inputs.push({ file: basename(input.path), kind: checked.kind.kind, rows: checked.rows.length, sha256: sha256(input.path) });
  }
  return { rows, inputs, problems };
}

export async function readUniverse(directory: string): Promise<{ universe: Universe | null; inputs: InputRecord[]; problems: Problem[] }> {
  const { rows, inputs, problems } = await readTables([directory], UNIVERSE_KINDS, "the universe");
  for (const kind of UNIVERSE_KINDS) {
    if (!rows.has(kind.kind)) problems.push({ file: directory, row: null, column: null, reason: `has no ${kind.kind} file (${kind.label}); see data/templates/README.md` });
  }
  if (problems.length > 0) return { universe: null, inputs, problems };
  return {
    universe: {
      fosterCare: rows.get("foster-care-universe") as FosterCareEpisodeRow[],
      inHome: rows.get("in-home-universe") as InHomeCaseRow[],
      household: rows.get("in-home-household") as HouseholdChildRow[],
    },
    inputs,
    problems,
  };
}
