// Framework data loader: every office's slice in one zip archive; an office page reads
// `slices/OFFICE.json` from it, and Framework copies only that file into the built site.
import { officeSlicesZip } from "../../../src/datasets/qsrOfficeSlice.ts";

process.stdout.write(await officeSlicesZip());
