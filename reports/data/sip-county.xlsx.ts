// Framework data loader: the SIP and C-CFSR tables of every county as one XLSX workbook.
import { computeDataset } from "../../src/datasets/print.ts";
import { workbookBytes } from "../../src/format/xlsx.ts";

const names = ["sip-progress", "sip-values", "ccfsr-calendar", "pqcr-themes"];
const sheets = await Promise.all(names.map(async (name) => ({ name, rows: await computeDataset(name) })));
process.stdout.write(await workbookBytes(sheets));
