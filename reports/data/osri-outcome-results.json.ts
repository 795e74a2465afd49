// Framework data loader: prints the osri-outcome-results dataset (also `crd export osri-outcome-results`).
import { printDataset } from "../../src/datasets/print.ts";

await printDataset("osri-outcome-results");
