// Framework data loader: prints the qsr-shares dataset (also `crd export qsr-shares`).
import { printDataset } from "../../src/datasets/print.ts";

await printDataset("qsr-shares");
