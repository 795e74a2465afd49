// Framework data loader (parameterized): one office's slice, for the preview server. The build
// writes every office's slice here as a file first (scripts/prebuiltPageData.ts), and Framework
// reads a file before it runs a loader, so a build never starts this loader once per office.
import { parseArgs } from "node:util";
import { officeSlice } from "../../../../src/datasets/qsrOfficeSlice.ts";

const { values } = parseArgs({ options: { office: { type: "string" } } });
process.stdout.write(JSON.stringify(await officeSlice(values.office!)));
