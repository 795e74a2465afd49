// Framework data loader: prints the pip-baseline dataset (also `crd export pip-baseline`).
import { printDataset } from "../../src/datasets/print.ts";

await printDataset("pip-baseline");
