// Framework data loader: prints the osri-county-results dataset (also `crd export osri-county-results`).
import { printDataset } from "../../src/datasets/print.ts";

await printDataset("osri-county-results");
