// Framework data loader: prints the qa-timeliness dataset (also `crd export qa-timeliness`).
import { printDataset } from "../../src/datasets/print.ts";

await printDataset("qa-timeliness");
