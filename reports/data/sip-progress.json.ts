// Framework data loader: prints the sip-progress dataset (also `crd export sip-progress`).
import { printDataset } from "../../src/datasets/print.ts";

await printDataset("sip-progress");
