// crd export NAME [--format json|csv] | crd export --list
import { parseArgs } from "node:util";
import { computeDataset } from "../../datasets/print.ts";
import { DATASETS, findDataset } from "../../datasets/registry.ts";
import { datasetCsv } from "../../format/csv.ts";
import { MissingWarehouse } from "../../warehouse/connection.ts";
import { warehousePath } from "../../warehouse/location.ts";
import { EXIT_DATA, EXIT_OK, UsageError } from "../usage.ts";

export async function runExport(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { db: { type: "string" }, format: { type: "string", default: "json" }, list: { type: "boolean", default: false } },
  });
  if (values.list) {
    const width = Math.max(...DATASETS.map((d) => d.name.length));
    for (const d of DATASETS) process.stdout.write(`${d.name.padEnd(width)}  ${d.description}\n`);
    return EXIT_OK;
  }
  if (positionals.length !== 1) throw new UsageError("export needs one dataset name (crd export --list names them)");
  const name = positionals[0];
  if (!findDataset(name)) throw new UsageError(`no dataset named ${JSON.stringify(name)} (crd export --list names them)`);
  if (values.format !== "json" && values.format !== "csv") throw new UsageError(`--format must be json or csv, not ${JSON.stringify(values.format)}`);
  let rows;
  try {
    rows = await computeDataset(name, warehousePath(values.db));
  } catch (error) {
    if (error instanceof MissingWarehouse) {
      process.stderr.write(`crd export: ${error.message}\n`);
      return EXIT_DATA;
    }
    throw error;
  }
  process.stdout.write(values.format === "csv" ? datasetCsv(rows) : `${JSON.stringify(rows, null, 1)}\n`);
  return EXIT_OK;
}
