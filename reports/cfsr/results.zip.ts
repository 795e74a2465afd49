// Framework data loader: one file per OSRI item and outcome in one zip archive; the case review
// results page reads `results/FILE.json` for the measure shown. The build writes those files
// beside it first (scripts/prebuiltPageData.ts), so this runs in the preview server.
import { osriResultSlicesZip } from "../../src/datasets/osriResultSlices.ts";

process.stdout.write(await osriResultSlicesZip());
