// Framework data loader: prints the review-schedule dataset (also `crd export review-schedule`).
import { printDataset } from "../../src/datasets/print.ts";

await printDataset("review-schedule");
