// Framework data loader: prints the qsr-theme-categories dataset (also `crd export qsr-theme-categories`).
import { printDataset } from "../../src/datasets/print.ts";

await printDataset("qsr-theme-categories");
