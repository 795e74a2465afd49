// crd ingest FILE_OR_DIR... [--skip-invalid] [--rejects DIR] [--problems FILE] [--db PATH]
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { ingest } from "../../../loaders/ingest.ts";
import { problemReport, problemsCsv } from "../../../loaders/problemReport.ts";
import { formatSummary } from "../../../loaders/summary.ts";
import { warehousePath } from "../../warehouse/location.ts";
import { EXIT_DATA, EXIT_OK, UsageError } from "../usage.ts";

export async function runIngest(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { db: { type: "string" }, "skip-invalid": { type: "boolean", default: false }, rejects: { type: "string" }, problems: { type: "string" } },
  });
  if (positionals.length === 0) throw new UsageError("ingest needs at least one file or directory");
  const warehouse = warehousePath(values.db);
  const said = new Set<string>();
  const result = await ingest({
    inputs: positionals,
    warehouse,
    skipInvalid: values["skip-invalid"],
    rejectsDirectory: values.rejects,
    // A file read by the fast path and again row by row is said once.
    progress: (message) => {
      if (said.has(message)) return;
      said.add(message);
      process.stderr.write(`${message}\n`);
    },
  });
  const err = (line: string) => process.stderr.write(`${line}\n`);
  // Repeated problems are printed once with their rows; --problems has every one.
  for (const line of problemReport(result.problems)) err(line);
  if (values.problems !== undefined) {
    writeFileSync(values.problems, problemsCsv(result.problems));
    err(`${result.problems.length.toLocaleString("en-US")} problems written to ${values.problems}`);
  }
  for (const note of result.notes) err(`note: ${note}`);
  process.stdout.write(`${formatSummary(result.summaries)}\n`);
  if (!result.written) {
    err(`crd ingest: ${result.refusal}`);
    return EXIT_DATA;
  }
  for (const path of result.rejectsFiles) err(`rejected rows written to ${path}`);
  process.stdout.write(`warehouse written: ${warehouse}\n`);
  return EXIT_OK;
}
