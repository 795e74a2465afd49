// `crd demo`: the synthetic demo dataset, every file of it, from one seed. Same seed and same
// end date, same bytes: each part draws from its own random stream, so that a change to one
// part does not reshuffle the others.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseIsoDate, quarterEndOnOrBefore, type IsoDate } from "../calendar/isoDate.ts";
import { osriDemoFiles } from "./osriDemo.ts";
import { qsrDemoFiles } from "./qsrDemo.ts";
import { qsrMeetingDemoFiles } from "./qsrMeetingDemo.ts";
import { Random } from "./random.ts";
import { sipDemoFiles } from "./sipDemo.ts";
import { universeDemoFiles } from "./universeDemo.ts";
import { reviewOperationsDemoFiles } from "./reviewOperationsDemo.ts";

export const DEFAULT_DEMO_SEED = 1;

/** The latest full quarter of data on a day. */
export const latestFullQuarter = quarterEndOnOrBefore;

export function demoFiles(seed: number, through: IsoDate): Record<string, string> {
  const { year } = parseIsoDate(through)!;
  const lastFullYear = through.endsWith("-12-31") ? year : year - 1;
  const manifest = {
    dataset: "Synthetic demo: Pinecrest County QSR, a fictional state's CFSR reviews, five fictional California-style counties",
    synthetic: true,
    description: `Made up by crd demo (seed ${seed}, data through ${through}). No real case, person, office or county.`,
    seed,
    generatedBy: "crd demo",
  };
  const qsr = qsrDemoFiles(new Random(seed * 1000 + 1), lastFullYear);
  const osri = osriDemoFiles(new Random(seed * 1000 + 2), through);
  return {
    "dataset.json": `${JSON.stringify(manifest, null, 2)}\n`,
    ...qsr,
    ...qsrMeetingDemoFiles(new Random(seed * 1000 + 4), qsr["qsr-cases.csv"]),
    ...osri,
    ...reviewOperationsDemoFiles(new Random(seed * 1000 + 6), osri["osri-cases.csv"], through),
    ...sipDemoFiles(new Random(seed * 1000 + 3), through),
    // The case universe crd sample draws from: a folder of its own, which crd ingest skips.
    ...universeDemoFiles(new Random(seed * 1000 + 5), through),
  };
}

export function writeDemo(directory: string, seed: number, through: IsoDate): string[] {
  mkdirSync(directory, { recursive: true });
  const files = demoFiles(seed, through);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(directory, name)), { recursive: true });
    writeFileSync(join(directory, name), text);
  }
  return Object.keys(files).map((name) => join(directory, name));
}

