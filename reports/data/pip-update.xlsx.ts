// Framework data loader: the quarterly PIP update's tables as one XLSX workbook.
import { computeDataset } from "../../src/datasets/print.ts";
import { workbookBytes } from "../../src/format/xlsx.ts";

const names = ["pip-items", "pip-baseline", "pip-progress", "pip-schedule-deviations"];
const sheets = await Promise.all(names.map(async (name) => ({ name, rows: await computeDataset(name) })));
process.stdout.write(await workbookBytes(sheets));
