// Framework data loader: prints the qsr-county-indicators dataset (also `crd export qsr-county-indicators`).
import { printDataset } from "../../src/datasets/print.ts";

await printDataset("qsr-county-indicators");
