// Framework data loader: prints the qsr-next-step-offices dataset (also `crd export qsr-next-step-offices`).
import { printDataset } from "../../src/datasets/print.ts";

await printDataset("qsr-next-step-offices");
