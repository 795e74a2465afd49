import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ingest } from "../../loaders/ingest.ts";
import { formatProblem } from "../../loaders/problem.ts";
import { problemsCsv } from "../../loaders/problemReport.ts";
import { openWarehouse, queryRows } from "../../src/warehouse/connection.ts";
import { OSRI_HEADER, QSR_HEADER, csvOf, osriCells, qsrCells, temporaryDirectory, writeFile } from "../helpers.ts";
import { spreadsheetXml } from "../savedAs/spreadsheetXml.ts";

async function count(warehouse: string, table: string): Promise<number> {
  const w = await openWarehouse(warehouse, { readOnly: true });
  try {
    const [row] = await queryRows<{ n: number }>(w.connection, `SELECT count(*)::INTEGER AS n FROM ${table}`);
    return row.n;
  } finally {
    w.close();
  }
}

function goodQsrFile(directory: string, name = "qsr.csv", cases = 3) {
  const rows = Array.from({ length: cases }, (_, i) => qsrCells({ case_id: `CASE-0${i + 1}` }));
  return writeFile(directory, name, csvOf(QSR_HEADER, rows));
}

describe("crd ingest", () => {
  it("loads a valid file: cases, and ratings in long form", async () => {
    const dir = temporaryDirectory();
    const warehouse = join(dir, "w.duckdb");
    const result = await ingest({ inputs: [goodQsrFile(dir)], warehouse });
    expect(result.written).toBe(true);
    expect(result.summaries).toEqual([{ file: expect.stringContaining("qsr.csv"), kind: "qsr-cases", read: 3, loaded: 3, rejected: 0 }]);
    expect(await count(warehouse, "qsr_case")).toBe(3);
    expect(await count(warehouse, "qsr_rating")).toBe(3 * 21);
    expect(await count(warehouse, "qsr_review")).toBe(1);
  });

  it("loads nothing from a file with a misspelled column, a rating of 7 and 2019-02-29, naming all three", async () => {
    const dir = temporaryDirectory();
    const warehouse = join(dir, "w.duckdb");
    await ingest({ inputs: [goodQsrFile(dir, "before.csv")], warehouse });
    const before = readFileSync(warehouse);

    const header = QSR_HEADER.map((h) => (h === "practice_teamwork" ? "pratice_teamwork" : h));
    const rows = [
      { ...qsrCells({ case_id: "CASE-01" }), pratice_teamwork: "4" },
      { ...qsrCells({ case_id: "CASE-02", status_safety: "7" }), pratice_teamwork: "4" },
      { ...qsrCells({ case_id: "CASE-03", review_date: "2019-02-29" }), pratice_teamwork: "4" },
    ];
    const bad = writeFile(dir, "bad.csv", csvOf(header, rows));
    const result = await ingest({ inputs: [bad], warehouse });

    expect(result.written).toBe(false);
    const messages = result.problems.map(formatProblem);
    expect(messages).toContainEqual(expect.stringMatching(/bad\.csv, row 1, column pratice_teamwork: is not a column of qsr-cases \(did you mean practice_teamwork\?\)/));
    expect(messages).toContainEqual(expect.stringMatching(/bad\.csv, row 3, column status_safety: "7" is not a QSR rating/));
    expect(messages).toContainEqual(expect.stringMatching(/bad\.csv, row 4, column review_date: "2019-02-29" is not a calendar date/));
    expect(readFileSync(warehouse).equals(before)).toBe(true);
  });

  it("with --skip-invalid loads the valid rows and writes the rest, with reasons, to a rejects file", async () => {
    const dir = temporaryDirectory();
    const warehouse = join(dir, "w.duckdb");
    const rows = [qsrCells({ case_id: "CASE-01" }), qsrCells({ case_id: "CASE-02", practice_planning: "9" }), qsrCells({ case_id: "CASE-03" })];
    const file = writeFile(dir, "mixed.csv", csvOf(QSR_HEADER, rows));
    const result = await ingest({ inputs: [file], warehouse, skipInvalid: true, rejectsDirectory: join(dir, "rejects") });
    expect(result.written).toBe(true);
    expect(result.summaries[0]).toMatchObject({ read: 3, loaded: 2, rejected: 1 });
    expect(result.rejectsFiles).toEqual([join(dir, "rejects", "mixed.rejects.csv")]);
    const rejects = readFileSync(result.rejectsFiles[0], "utf8").trim().split("\n");
    expect(rejects).toHaveLength(2);
    expect(rejects[0].endsWith(",x_reject_reason")).toBe(true);
    expect(rejects[1]).toContain("CASE-02");
    expect(rejects[1]).toContain('column practice_planning: ""9"" is not a QSR rating');
    expect(await count(warehouse, "qsr_case")).toBe(2);
  });

  it("refuses the same OSRI case in two files, naming both places", async () => {
    const dir = temporaryDirectory();
    const a = writeFile(dir, "a.csv", csvOf(OSRI_HEADER, [osriCells({ case_id: "OS-0001" })]));
    const b = writeFile(dir, "b.csv", csvOf(OSRI_HEADER, [osriCells({ case_id: "OS-0002" }), osriCells({ case_id: "OS-0001" })]));
    const result = await ingest({ inputs: [a, b], warehouse: join(dir, "w.duckdb") });
    expect(result.written).toBe(false);
    expect(result.problems.map(formatProblem)).toEqual([expect.stringMatching(/b\.csv, row 3, column case_id: repeats the case_id of .*a\.csv row 2/)]);
    expect(existsSync(join(dir, "w.duckdb"))).toBe(false);
  });

  it("refuses identifying data whatever the options, without echoing it or writing rejects", async () => {
    const dir = temporaryDirectory();
    const header = [...QSR_HEADER, "x_note", "x_child_name"];
    const rows = [{ ...qsrCells(), x_note: "call 555-123-4567", x_child_name: "" }];
    const file = writeFile(dir, "pii.csv", csvOf(header, rows));
    const result = await ingest({ inputs: [file], warehouse: join(dir, "w.duckdb"), skipInvalid: true, rejectsDirectory: join(dir, "rejects") });
    expect(result.written).toBe(false);
    expect(result.refusal).toContain("identifying data");
    const messages = result.problems.map(formatProblem).join("\n");
    expect(messages).toContain("column x_child_name: looks like identifying data");
    expect(messages).toContain("column x_note: holds what looks like a phone number");
    expect(messages).not.toContain("555-123-4567");
    expect(existsSync(join(dir, "rejects"))).toBe(false);
  });

  it("refuses an OSRI case whose metro flag disagrees with its region's in the region list", async () => {
    const dir = temporaryDirectory();
    writeFile(dir, "regions.csv", "region,name,review_month,metro\n3S,Region 3 South,9,yes\n1N,Region 1 North,8,no\n");
    writeFile(dir, "osri.csv", csvOf(OSRI_HEADER, [osriCells(), osriCells({ case_id: "OS-0002", metro: "no" }), osriCells({ case_id: "OS-0003", region: "1N", metro: "no" })]));
    const result = await ingest({ inputs: [dir], warehouse: join(dir, "w.duckdb") });
    expect(result.written).toBe(false);
    expect(result.problems.map(formatProblem)).toEqual([expect.stringMatching(/osri\.csv, row 3, column metro: is no but region 3S is metro yes in .*regions\.csv row 2$/)]);
  });

  it("quotes an identifying value in no other message, even where the cell is also invalid", async () => {
    const dir = temporaryDirectory();
    // An e-mail address typed into the case type: invalid as a case type, and identifying.
    const file = writeFile(dir, "pii.csv", csvOf(QSR_HEADER, [qsrCells({ case_type: "jo.doe@agency.gov" })]));
    const result = await ingest({ inputs: [file], warehouse: join(dir, "w.duckdb") });
    expect(result.problems.map(formatProblem)).toEqual([expect.stringMatching(/row 2, column case_type: holds what looks like an e-mail address; identifying data is refused \(value not shown\)$/)]);
    expect(problemsCsv(result.problems)).not.toContain("agency");
  });

  it("reads the first sheet of an XLSX workbook the way it reads CSV", async () => {
    const dir = temporaryDirectory();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("cases");
    sheet.addRow(OSRI_HEADER);
    const cells = osriCells();
    sheet.addRow(OSRI_HEADER.map((h) => (h === "review_date" ? new Date(Date.UTC(2020, 2, 10)) : cells[h])));
    workbook.addWorksheet("notes").addRow(["anything"]);
    const path = join(dir, "osri.xlsx");
    await workbook.xlsx.writeFile(path);
    const warehouse = join(dir, "w.duckdb");
    const result = await ingest({ inputs: [path], warehouse });
    expect(result.problems).toEqual([]);
    const w = await openWarehouse(warehouse, { readOnly: true });
    const [row] = await queryRows(w.connection, "SELECT review_date::VARCHAR AS d, metro FROM osri_case");
    w.close();
    expect(row).toEqual({ d: "2020-03-10", metro: true });
  });

  it("names a file whose header matches no input kind, and one in two encodings", async () => {
    const dir = temporaryDirectory();
    const odd = writeFile(dir, "odd.csv", "a,b,c\n1,2,3\n");
    const mixed = join(dir, "mixed.csv");
    const bytes = Buffer.concat([Buffer.from(csvOf(OSRI_HEADER, [osriCells({ county: "Doña Ana" })])), Buffer.from([0x43, 0xe9, 0x0a])]);
    (await import("node:fs")).writeFileSync(mixed, bytes);
    const result = await ingest({ inputs: [odd, mixed], warehouse: join(dir, "w.duckdb") });
    const messages = result.problems.map(formatProblem);
    expect(messages).toContainEqual(expect.stringMatching(/odd\.csv, row 1: the header matches no input kind/));
    expect(messages).toContainEqual(expect.stringMatching(/mixed\.csv, row 3: mixes UTF-8 characters with bytes that are not UTF-8/));
  });

  it("reads an XLSX row with a gap, a value past the header, and formatted empty rows below the data", async () => {
    const dir = temporaryDirectory();
    const header = ["office", "closed", "opened", "successor"].map((text) => ({ text }));
    const workbook = await spreadsheetXml("excel", [
      header,
      [{ text: "Mesa Verde" }, null, { date: "2008-07-01" }],
      [{ text: "Sunrise" }, { date: "2022-12-31" }, { date: "2008-07-01" }, { text: "Mesa Verde" }],
      [{ text: "Northgate" }, null, { date: "2008-07-01" }, null, { text: "stray" }],
    ]);
    const path = writeFile(dir, "offices.xlsx", "");
    (await import("node:fs")).writeFileSync(path, workbook);
    const result = await ingest({ inputs: [path], warehouse: join(dir, "w.duckdb") });
    // Rows 2 and 3 are whole; row 4 has a value in a fifth column the header does not have.
    expect(result.problems.map(formatProblem)).toEqual([expect.stringMatching(/offices\.xlsx, row 4: has 5 cells but the header has 4 columns$/)]);
    expect(result.summaries[0]).toMatchObject({ read: 3 });
  });

  it("leaves no temporary warehouse behind", async () => {
    const dir = temporaryDirectory();
    await ingest({ inputs: [goodQsrFile(dir)], warehouse: join(dir, "w.duckdb") });
    expect(readdirSync(dir).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });
});
