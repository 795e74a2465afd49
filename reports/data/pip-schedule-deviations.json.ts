// Framework data loader: prints the pip-schedule-deviations dataset (also `crd export pip-schedule-deviations`).
import { printDataset } from "../../src/datasets/print.ts";

await printDataset("pip-schedule-deviations");
