// Framework data loader: prints the sip-values dataset (also `crd export sip-values`).
import { printDataset } from "../../src/datasets/print.ts";

await printDataset("sip-values");
