// Framework data loader (parameterized): one office's QSR rows, for its page.
import { parseArgs } from "node:util";
import { printOfficeSlice } from "../../../src/datasets/qsrOfficeSlice.ts";

const { values } = parseArgs({ options: { office: { type: "string" } } });
await printOfficeSlice(values.office!);
