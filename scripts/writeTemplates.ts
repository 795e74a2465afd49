// npm run templates: writes an empty template (header row only) for every tabular input
// kind, as CSV and XLSX, into data/templates/, with the pip-plan.json example.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { DEMO_PIP_PLAN } from "../src/demo/osriDemo.ts";
import { csvLine } from "../src/format/csv.ts";
import { withFixedDates } from "../src/format/xlsx.ts";
import { columnNames, type TabularKind } from "../src/schemas/inputKind.ts";
import { TABULAR_KINDS } from "../src/schemas/index.ts";
import { eliminationWorksheet, UNIVERSE_KINDS } from "../src/schemas/universe.ts";

const directory = "data/templates";
mkdirSync(directory, { recursive: true });
for (const kind of [...TABULAR_KINDS, ...UNIVERSE_KINDS, eliminationWorksheet] as TabularKind<any>[]) {
  const header = columnNames(kind);
  const example = kind.columns.map((c) => c.example);
  writeFileSync(join(directory, `${kind.kind}.csv`), `${csvLine(header)}\n`);
  const workbook = new ExcelJS.Workbook();
  // Fixed dates so that rewriting the templates does not change them for nothing.
  workbook.created = workbook.modified = new Date(Date.UTC(2026, 0, 1));
  const sheet = workbook.addWorksheet(kind.kind);
  sheet.addRow(header);
  sheet.getRow(1).font = { bold: true };
  const help = workbook.addWorksheet("how to fill");
  help.addRow(["column", "required", "what to write", "example"]);
  kind.columns.forEach((c, i) => help.addRow([c.name, c.required ? "yes" : "no", c.description, example[i]]));
  // exceljs stamps each zip entry with the time it is written: fixed, same bytes every time.
  writeFileSync(join(directory, `${kind.kind}.xlsx`), await withFixedDates(Buffer.from(await workbook.xlsx.writeBuffer())));
}
writeFileSync(join(directory, "pip-plan.json"), `${JSON.stringify(DEMO_PIP_PLAN, null, 2)}\n`);
console.log(`templates written to ${directory}`);
