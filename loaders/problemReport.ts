// Problems as a person reads them. One systematic mistake (a date format, a renamed office)
// makes the same problem on every row: printed one line per row it buries everything else
// (1,637 lines for one date format). So problems of the same file, column and reason shape
// are printed once, with how many rows and which, and the whole report stays within about 50
// lines; `crd ingest --problems FILE` writes every problem, one per line, to a CSV.
import { csvLine } from "../src/format/csv.ts";
import { formatProblem, type Problem } from "./problem.ts";

/** The reason with its values taken out: `"07.01.2019" is not a date` and `"08.01.2019" is not a date` are one shape. */
export function reasonShape(reason: string): string {
  return reason.replace(/"(?:[^"\\]|\\.)*"/g, '"…"').replace(/\d+/g, "#");
}

/** What kind of text a value was, without the value: "07.01.2019" is 99.99.9999. */
export function valueShape(value: string): string {
  const shape = value.replace(/\p{Lu}/gu, "A").replace(/\p{Ll}|\p{Lo}|\p{Lt}|\p{Lm}/gu, "a").replace(/\p{N}/gu, "9");
  return shape.length > 40 ? `${shape.slice(0, 37)}...` : shape;
}

export interface ProblemGroup {
  /** The first problem of the group: its reason is the one printed. */
  first: Problem;
  rows: number[];
}

/** Problems of the same file, column and reason shape, in the order they were first found. */
export function groupProblems(problems: readonly Problem[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  const single: ProblemGroup[] = [];
  const ordered: ProblemGroup[] = [];
  for (const problem of problems) {
    // A problem of the whole file is its own line.
    if (problem.row === null) {
      const group = { first: problem, rows: [] };
      single.push(group);
      ordered.push(group);
      continue;
    }
    const key = JSON.stringify([problem.file, problem.column, reasonShape(problem.reason)]);
    const group = groups.get(key);
    if (group) group.rows.push(problem.row);
    else {
      const created = { first: problem, rows: [problem.row] };
      groups.set(key, created);
      ordered.push(created);
    }
  }
  return ordered;
}

const count = (n: number) => n.toLocaleString("en-US");

/** "row 7", "rows 2-1595 (1,594 rows)", "rows 2, 5, 9-12 and 40 more (1,594 rows)". */
export function formatRows(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  if (sorted.length === 1) return `row ${sorted[0]}`;
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    ranges.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  const shown = ranges.slice(0, 5).join(", ");
  const rest = ranges.length > 5 ? ` and ${count(ranges.length - 5)} more` : "";
  return `rows ${shown}${rest} (${count(sorted.length)} rows)`;
}

export function formatGroup({ first, rows }: ProblemGroup): string {
  if (rows.length <= 1) return formatProblem(first);
  const where = [first.file, formatRows(rows), first.column === null ? null : `column ${first.column}`].filter((p) => p !== null).join(", ");
  return `${where}: ${first.reason}`;
}

/** The report's lines: a count, then one line per group, at most `maxLines` in all. */
export function problemReport(problems: readonly Problem[], maxLines = 50): string[] {
  if (problems.length === 0) return [];
  const groups = groupProblems(problems);
  const lines = [`${count(problems.length)} problem${problems.length === 1 ? "" : "s"}${groups.length < problems.length ? `, of ${count(groups.length)} kind${groups.length === 1 ? "" : "s"}` : ""}:`];
  const room = groups.length + 1 <= maxLines ? groups.length : maxLines - 2;
  for (const group of groups.slice(0, room)) lines.push(`  ${formatGroup(group)}`);
  if (room < groups.length) {
    const left = groups.slice(room);
    const problemsLeft = left.reduce((n, g) => n + Math.max(1, g.rows.length), 0);
    lines.push(`  ... and ${count(left.length)} more kinds of problem (${count(problemsLeft)} problems): --problems FILE writes every one to a CSV`);
  }
  return lines;
}

/** Every problem, one per line: file, row, column, the shape of the value, reason. Identifying values leave no trace. */
export function problemsCsv(problems: readonly Problem[]): string {
  const lines = [csvLine(["file", "row", "column", "value_shape", "reason"])];
  for (const p of problems) {
    const shape = p.identifying || p.value === undefined ? "" : valueShape(p.value);
    lines.push(csvLine([p.file, p.row, p.column, shape, p.reason]));
  }
  return `${lines.join("\n")}\n`;
}
