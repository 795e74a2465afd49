// Framework data loader: prints the pip-plan dataset (also `crd export pip-plan`).
import { printDataset } from "../../src/datasets/print.ts";

await printDataset("pip-plan");
