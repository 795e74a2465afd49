// Framework data loader: prints the qsr-latest-shares dataset (also `crd export qsr-latest-shares`).
import { printDataset } from "../../src/datasets/print.ts";

await printDataset("qsr-latest-shares");
