// crd demo [--out DIR] [--seed N] [--through YYYY-MM-DD]
import { parseArgs } from "node:util";
import { isIsoDate } from "../../calendar/isoDate.ts";
import { DEFAULT_DEMO_SEED, latestFullQuarter, writeDemo } from "../../demo/demoDataset.ts";
import { settings } from "../../settings.ts";
import { EXIT_OK, UsageError } from "../usage.ts";

export async function runDemo(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { out: { type: "string", default: "data/demo" }, seed: { type: "string" }, through: { type: "string" }, db: { type: "string" } },
  });
  const seed = values.seed === undefined ? DEFAULT_DEMO_SEED : Number(values.seed);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new UsageError(`--seed must be a whole number of 0 or more, not ${JSON.stringify(values.seed)}`);
  if (values.through !== undefined && !isIsoDate(values.through)) throw new UsageError(`--through must be a date YYYY-MM-DD, not ${JSON.stringify(values.through)}`);
  const through = latestFullQuarter(values.through ?? settings().asOf);
  const written = writeDemo(values.out, seed, through);
  process.stdout.write(`synthetic demo dataset (seed ${seed}, data through ${through}) written:\n${written.map((f) => `  ${f}`).join("\n")}\n`);
  return EXIT_OK;
}
