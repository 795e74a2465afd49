// The demo site, built once per test run and shared by every test file that reads it: a build
// takes 10-30 s on this 2-core machine, and several files check the same site. The first file
// that asks builds it (with no network, as an agency's firewalled build server would); the
// others, in other workers, wait for it. test/globalSetup.ts gives the run its folder and
// removes it afterwards.
import { existsSync, mkdirSync, openSync, closeSync, writeFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ingest } from "../../loaders/ingest.ts";
import { temporaryDirectory } from "../helpers.ts";
import { PINNED_AS_OF } from "../pinnedDay.ts";
import { buildSite } from "./siteBuild.ts";

export interface SharedSite {
  /** The built site. */
  out: string;
  /** The warehouse it was built from (the demo dataset). */
  warehouse: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function sharedSite(): Promise<SharedSite> {
  // Run without the global setup (one file on its own): a folder of this process.
  const root = process.env.CRD_TEST_SHARED ?? temporaryDirectory("crd-shared-");
  process.env.CRD_TEST_SHARED = root;
  mkdirSync(root, { recursive: true });
  const site = { out: join(root, "dist"), warehouse: join(root, "w.duckdb") };
  const done = join(root, "built");
  const failed = join(root, "failed");
  let builder = false;
  try {
    closeSync(openSync(join(root, "building"), "wx"));
    builder = true;
  } catch {
    // another worker builds it
  }
  if (builder) {
    try {
      if (!(await ingest({ inputs: ["data/demo"], warehouse: site.warehouse })).written) throw new Error("the demo dataset did not load");
      buildSite({ CRD_DB: site.warehouse, CRD_SITE_OUT: site.out, CRD_AS_OF: PINNED_AS_OF }, { offline: true });
      writeFileSync(done, "");
    } catch (error) {
      writeFileSync(failed, String((error as Error).message));
      throw error;
    }
  }
  while (!existsSync(done)) {
    if (existsSync(failed)) throw new Error(`the shared site failed to build: ${readFileSync(failed, "utf8")}`);
    await sleep(250);
  }
  return site;
}
