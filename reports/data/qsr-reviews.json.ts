// Framework data loader: prints the qsr-reviews dataset (also `crd export qsr-reviews`).
import { printDataset } from "../../src/datasets/print.ts";

await printDataset("qsr-reviews");
