// Framework data loader: prints the osri-item-quarters dataset (also `crd export osri-item-quarters`).
import { printDataset } from "../../src/datasets/print.ts";

await printDataset("osri-item-quarters");
