// Framework data loader: prints the pip-items dataset (also `crd export pip-items`).
import { printDataset } from "../../src/datasets/print.ts";

await printDataset("pip-items");
