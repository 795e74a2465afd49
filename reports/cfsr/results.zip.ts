// Framework data loader: one file per OSRI item and outcome in one zip archive; the case review
// results page reads `results/FILE.json` for the measure shown, and Framework publishes only
// those files.
import { osriResultSlicesZip } from "../../src/datasets/osriResultSlices.ts";

process.stdout.write(await osriResultSlicesZip());
