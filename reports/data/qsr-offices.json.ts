// Framework data loader: prints the qsr-offices dataset (also `crd export qsr-offices`).
import { printDataset } from "../../src/datasets/print.ts";

await printDataset("qsr-offices");
