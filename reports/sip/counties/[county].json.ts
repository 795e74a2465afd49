// Framework data loader (parameterized): one county's SIP and C-CFSR rows, for its page.
import { parseArgs } from "node:util";
import { printCountySlice } from "../../../src/datasets/ccfsrCountySlice.ts";

const { values } = parseArgs({ options: { county: { type: "string" } } });
await printCountySlice(values.county!);
