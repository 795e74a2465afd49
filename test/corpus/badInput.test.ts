// The bad-input corpus: every file of test/fixtures/bad-input is ingested on its own and must
// give the outcome written beside it (NAME.expected.json: refused or loaded, and each problem
// named with row, column and reason); and rows read = loaded + rejected, always.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ingest } from "../../loaders/ingest.ts";
import { formatProblem, type Problem } from "../../loaders/problem.ts";
import { OSRI_HEADER, csvOf, osriCells, temporaryDirectory, writeFile } from "../helpers.ts";

const CORPUS = "test/fixtures/bad-input";
const fixtures = readdirSync(CORPUS).filter((name) => !name.endsWith(".expected.json")).sort();

interface Expected {
  refused: boolean;
  problems: { row: number | null; column: string | null; reason: string }[];
  description: string;
}

function expectProblem(problems: Problem[], file: string, wanted: Expected["problems"][number]) {
  const match = problems.find((p) => p.file.endsWith(file) && p.row === wanted.row && p.column === wanted.column && p.reason.includes(wanted.reason));
  expect(match, `${file}: expected a problem at row ${wanted.row}, column ${wanted.column}: "${wanted.reason}"; got:\n${problems.map(formatProblem).join("\n")}`).toBeDefined();
}

function readLoadedRejected(summaries: { read: number; loaded: number; rejected: number }[]) {
  for (const s of summaries) expect(s.read).toBe(s.loaded + s.rejected);
}

describe("the bad-input corpus", () => {
  it("has at least 50 files, each with its expected outcome", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(50);
    for (const name of fixtures) expect(readdirSync(CORPUS)).toContain(`${name}.expected.json`);
  });

  it.each(fixtures)("%s", async (name) => {
    const expected: Expected = JSON.parse(readFileSync(join(CORPUS, `${name}.expected.json`), "utf8"));
    const dir = temporaryDirectory();
    const result = await ingest({ inputs: [join(CORPUS, name)], warehouse: join(dir, "w.duckdb") });
    expect(result.written, `${name} (${expected.description}): ${result.problems.map(formatProblem).join("; ")}`).toBe(!expected.refused);
    for (const problem of expected.problems) expectProblem(result.problems, name, problem);
    for (const p of result.problems) {
      expect(p.file.endsWith(name)).toBe(true);
      expect(p.reason.length).toBeGreaterThan(5);
    }
    readLoadedRejected(result.summaries);
    const skipping = await ingest({ inputs: [join(CORPUS, name)], warehouse: join(dir, "w2.duckdb"), skipInvalid: true, rejectsDirectory: join(dir, "rejects") });
    readLoadedRejected(skipping.summaries);
  });
});

describe("inputs made at test time", () => {
  it("an XLSX with several sheets, a formula and merged cells reads its first sheet as values", async () => {
    const dir = temporaryDirectory();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("cases");
    sheet.addRow(OSRI_HEADER);
    const one = osriCells({ case_id: "OS-0001" });
    const two = osriCells({ case_id: "OS-0002" });
    sheet.addRow(OSRI_HEADER.map((h) => one[h]));
    sheet.addRow(OSRI_HEADER.map((h) => two[h]));
    // The county of the first case is a formula whose cached result is the name.
    sheet.getCell(2, OSRI_HEADER.indexOf("county") + 1).value = { formula: 'CONCATENATE("Cap","ital")', result: "Capital" };
    // The region cell is merged over both cases, as people do in spreadsheets.
    const regionColumn = OSRI_HEADER.indexOf("region") + 1;
    sheet.mergeCells(2, regionColumn, 3, regionColumn);
    workbook.addWorksheet("notes").addRow(["Maria Lopez reviewed these"]);
    const path = join(dir, "osri.xlsx");
    await workbook.xlsx.writeFile(path);
    const result = await ingest({ inputs: [path], warehouse: join(dir, "w.duckdb") });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.summaries[0]).toMatchObject({ read: 2, loaded: 2, rejected: 0 });
  });

  it("the same case id in two files is named in both places", async () => {
    const dir = temporaryDirectory();
    writeFile(dir, "a.csv", csvOf(OSRI_HEADER, [osriCells({ case_id: "OS-0001" })]));
    writeFile(dir, "b.csv", csvOf(OSRI_HEADER, [osriCells({ case_id: "OS-0001" })]));
    const result = await ingest({ inputs: [dir], warehouse: join(dir, "w.duckdb") });
    expect(result.problems.map(formatProblem)).toEqual([expect.stringMatching(/b\.csv, row 2, column case_id: repeats the case_id of .*a\.csv row 2/)]);
  });
});
