// Framework data loader: prints the qsr-overall-trends dataset (also `crd export qsr-overall-trends`).
import { printDataset } from "../../src/datasets/print.ts";

await printDataset("qsr-overall-trends");
