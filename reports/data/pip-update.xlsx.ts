// Framework data loader: the quarterly PIP update's tables as one XLSX workbook (src/datasets/workbooks.ts).
import { printWorkbook } from "../../src/datasets/workbooks.ts";

await printWorkbook("pip-update");
