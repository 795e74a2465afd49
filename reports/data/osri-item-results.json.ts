// Framework data loader: prints the osri-item-results dataset (also `crd export osri-item-results`).
import { printDataset } from "../../src/datasets/print.ts";

await printDataset("osri-item-results");
