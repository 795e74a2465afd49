// Framework data loader (parameterized): one review's QSR rows, for its Sum-Up handout.
import { parseArgs } from "node:util";
import { printReviewSlice } from "../../../src/datasets/qsrOfficeSlice.ts";

const { values } = parseArgs({ options: { review: { type: "string" } } });
await printReviewSlice(values.review!);
