// Framework data loader: prints the pip-progress dataset (also `crd export pip-progress`).
import { printDataset } from "../../src/datasets/print.ts";

await printDataset("pip-progress");
