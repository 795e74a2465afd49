// Framework data loader: prints the qsr-themes dataset (also `crd export qsr-themes`).
import { printDataset } from "../../src/datasets/print.ts";

await printDataset("qsr-themes");
