// With --skip-invalid, the rows that could not be loaded are written beside the warehouse,
// one CSV per input file, with the file's own header and a last column x_reject_reason.
// The x_ prefix means a corrected rejects file can be ingested again as it is.
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { csvLine } from "../src/format/csv.ts";
import type { CheckedFile } from "./checkFile.ts";
import { formatProblem } from "./problem.ts";

export function writeRejects(files: CheckedFile[], directory: string): string[] {
  const written: string[] = [];
  for (const file of files) {
    if (file.type !== "table") continue;
    const rejected = file.rows.filter((r) => r.value === null);
    if (rejected.length === 0) continue;
    mkdirSync(directory, { recursive: true });
    const path = join(directory, `${basename(file.file).replace(/\.(csv|xlsx)$/i, "")}.rejects.csv`);
    const lines = [csvLine([...file.header.filter((h) => h !== "x_reject_reason"), "x_reject_reason"])];
    const reasonColumn = file.header.indexOf("x_reject_reason");
    for (const row of rejected) {
      const cells = reasonColumn >= 0 ? row.cells.filter((_, i) => i !== reasonColumn) : row.cells;
      lines.push(csvLine([...cells, row.problems.map(formatProblem).join("; ")]));
    }
    writeFileSync(path, lines.join("\n") + "\n");
    written.push(path);
  }
  return written;
}
