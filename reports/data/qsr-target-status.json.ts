// Framework data loader: prints the qsr-target-status dataset (also `crd export qsr-target-status`).
import { printDataset } from "../../src/datasets/print.ts";

await printDataset("qsr-target-status");
