// Framework data loader: qsr-shares as CSV (also `crd export qsr-shares --format csv`), for the
// county overview's download link: every review and indicator is too much for a page to load.
import { computeDataset } from "../../src/datasets/print.ts";
import { datasetCsv } from "../../src/format/csv.ts";

process.stdout.write(datasetCsv(await computeDataset("qsr-shares")));
