// Framework data loader: prints the site-info dataset (also `crd export site-info`).
import { printDataset } from "../../src/datasets/print.ts";

await printDataset("site-info");
