// Framework data loader: prints the qsr-indicators dataset (also `crd export qsr-indicators`).
import { printDataset } from "../../src/datasets/print.ts";

await printDataset("qsr-indicators");
