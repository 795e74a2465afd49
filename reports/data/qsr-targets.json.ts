// Framework data loader: prints the qsr-targets dataset (also `crd export qsr-targets`).
import { printDataset } from "../../src/datasets/print.ts";

await printDataset("qsr-targets");
