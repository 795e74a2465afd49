// Recognises which kind of input a file is from its header (contract.md: "The kind of a file
// is recognised from its header"), then checks the header against that kind: a misspelled,
// duplicated or missing column is a problem, because a typo must not be silently dropped.
import { columnNames, requiredColumnNames, type TabularKind } from "../src/schemas/inputKind.ts";
import { TABULAR_KINDS } from "../src/schemas/index.ts";
import type { Problem } from "./problem.ts";

/** Columns whose name starts with x_ are kept in the file and ignored by the product. */
export const IGNORED_COLUMN_PREFIX = "x_";

export type Recognition =
  | { ok: true; kind: TabularKind; problems: Problem[]; columnIndex: Map<string, number> }
  | { ok: false; problems: Problem[] };

export function normaliseColumnName(name: string): string {
  return name.trim().toLowerCase();
}

/** `kinds`: the kinds the file may be (crd sample reads the case universe's own). */
export function recogniseKind(header: string[], file: string, kinds: readonly TabularKind[] = TABULAR_KINDS): Recognition {
  const names = header.map(normaliseColumnName);
  if (names.every((n) => n === "")) {
    return { ok: false, problems: [{ file, row: 1, column: null, reason: "has no header row (the file is empty)" }] };
  }
  const present = new Set(names);
  const scored = kinds.map((kind) => {
    const required = requiredColumnNames(kind);
    const found = required.filter((c) => present.has(c)).length;
    return { kind, found, score: found / required.length };
  }).sort((a, b) => b.score - a.score || b.found - a.found);
  const best = scored[0];
  // Half the kind's required columns, and at least two of them: one shared word such as
  // "name" does not make a file of another product one of ours.
  if (!best || best.score < 0.5 || best.found < 2) {
    const names = kinds.map((k) => k.kind).join(", ");
    return {
      ok: false,
      problems: [{ file, row: 1, column: null, reason: `the header matches no input kind (${names}); see data/templates/README.md` }],
    };
  }
  return { ok: true, kind: best.kind, ...checkHeader(best.kind, names, file) };
}

function checkHeader(kind: TabularKind, names: string[], file: string) {
  const problems: Problem[] = [];
  const known = new Set(columnNames(kind));
  const columnIndex = new Map<string, number>();
  names.forEach((name, index) => {
    if (name === "") {
      problems.push({ file, row: 1, column: `#${index + 1}`, reason: "has no name in the header" });
    } else if (columnIndex.has(name)) {
      problems.push({ file, row: 1, column: name, reason: `appears twice in the header (columns ${columnIndex.get(name)! + 1} and ${index + 1})` });
    } else {
      columnIndex.set(name, index);
      if (!known.has(name) && !name.startsWith(IGNORED_COLUMN_PREFIX)) {
        const suggestion = closestName(name, [...known].filter((k) => !names.includes(k)));
        problems.push({
          file,
          row: 1,
          column: name,
          reason: `is not a column of ${kind.kind}${suggestion ? ` (did you mean ${suggestion}?)` : ""}; prefix it with x_ to keep it ignored`,
        });
      }
    }
  });
  for (const required of requiredColumnNames(kind)) {
    if (!columnIndex.has(required)) problems.push({ file, row: 1, column: required, reason: `is missing: ${kind.kind} files need it` });
  }
  return { problems, columnIndex };
}

/** The known column closest to a misspelled one, when it is close enough to be a typo. */
export function closestName(name: string, candidates: string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(name, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(best.length / 4)) ? best : null;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
