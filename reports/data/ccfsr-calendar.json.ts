// Framework data loader: prints the ccfsr-calendar dataset (also `crd export ccfsr-calendar`).
import { printDataset } from "../../src/datasets/print.ts";

await printDataset("ccfsr-calendar");
