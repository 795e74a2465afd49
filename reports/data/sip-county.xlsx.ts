// Framework data loader: the SIP and C-CFSR tables of every county as one XLSX workbook (src/datasets/workbooks.ts).
import { printWorkbook } from "../../src/datasets/workbooks.ts";

await printWorkbook("sip-county");
