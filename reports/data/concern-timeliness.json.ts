// Framework data loader: prints the concern-timeliness dataset (also `crd export concern-timeliness`).
import { printDataset } from "../../src/datasets/print.ts";

await printDataset("concern-timeliness");
