// Framework data loader: prints the qsr-next-steps dataset (also `crd export qsr-next-steps`).
import { printDataset } from "../../src/datasets/print.ts";

await printDataset("qsr-next-steps");
