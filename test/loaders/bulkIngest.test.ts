// The bulk path (loaders/bulk) may only change how fast a good load is, never what is loaded
// or accepted: the same warehouse as row by row, never looser than the zod schemas.
import { DuckDBInstance } from "@duckdb/node-api";
import fc from "fast-check";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingest } from "../../loaders/ingest.ts";
import { OSRI_BULK, QSR_BULK, type BulkKind } from "../../loaders/bulk/bulkKinds.ts";
import { dateValueSql, quoteIdentifier, quoteText } from "../../loaders/bulk/cellSql.ts";
import { readWrittenDate } from "../../src/calendar/writtenDate.ts";
import { checkRow } from "../../src/schemas/inputKind.ts";
import { osriCases } from "../../src/schemas/osriCase.ts";
import { qsrCases } from "../../src/schemas/qsrCase.ts";
import type { TabularKind } from "../../src/schemas/inputKind.ts";
import { OSRI_HEADER, QSR_HEADER, osriCells, qsrCells, temporaryDirectory, writeFile } from "../helpers.ts";

const TABLES = ["ingest_file", "dataset_info", "office", "region", "qsr_review", "qsr_case", "qsr_case_rating", "qsr_rating", "qsr_theme", "qsr_next_step", "qsr_target", "osri_case", "osri_case_rating", "osri_rating", "review_qa", "review_concern", "pip_plan", "sip_measure", "sip_target", "sip_value", "pqcr_event", "pqcr_finding", "holiday", "cycle_submission"];

async function ingestBothWays(inputs: string[]) {
  const directory = temporaryDirectory();
  const bulk = await ingest({ inputs, warehouse: join(directory, "bulk.duckdb") });
  process.env.CRD_ROW_BY_ROW = "1";
  const rowByRow = await ingest({ inputs, warehouse: join(directory, "rows.duckdb") }).finally(() => delete process.env.CRD_ROW_BY_ROW);
  return { directory, bulk, rowByRow };
}

/** Rows in one warehouse and not the other, table by table (as multisets). */
async function differences(a: string, b: string) {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await connection.run(`ATTACH ${quoteText(a)} AS a (READ_ONLY); ATTACH ${quoteText(b)} AS b (READ_ONLY)`);
  const found: Record<string, [number, number, number]> = {};
  for (const table of TABLES) {
    const result = await connection.runAndReadAll(
      `SELECT (SELECT count(*) FROM a.${table})::INTEGER,
              (SELECT count(*) FROM (SELECT * FROM a.${table} EXCEPT ALL SELECT * FROM b.${table}))::INTEGER,
              (SELECT count(*) FROM (SELECT * FROM b.${table} EXCEPT ALL SELECT * FROM a.${table}))::INTEGER`,
    );
    found[table] = result.getRows()[0] as [number, number, number];
  }
  connection.closeSync();
  instance.closeSync();
  return found;
}

describe("the bulk path of crd ingest", () => {
  it("loads the demo dataset into exactly the warehouse the row-by-row path writes", async () => {
    const { directory, bulk, rowByRow } = await ingestBothWays([join(import.meta.dirname, "../../data/demo")]);
    expect(bulk.method).toBe("bulk");
    expect(rowByRow.method).toBe("row-by-row");
    expect(bulk.summaries).toEqual(rowByRow.summaries);
    expect(bulk.notes).toEqual(rowByRow.notes);
    const found = await differences(join(directory, "bulk.duckdb"), join(directory, "rows.duckdb"));
    for (const [table, [rows, onlyBulk, onlyRows]] of Object.entries(found)) {
      expect({ table, onlyBulk, onlyRows }).toEqual({ table, onlyBulk: 0, onlyRows: 0 });
      if (["qsr_rating", "osri_rating", "office", "region"].includes(table)) expect(rows).toBeGreaterThan(0);
    }
  });

  it("gives way to the row-by-row path, which names the problem, when a case repeats across files", async () => {
    const directory = temporaryDirectory();
    const row = osriCells();
    const csv = `${OSRI_HEADER.join(",")}\n${OSRI_HEADER.map((c) => row[c]).join(",")}\n`;
    const result = await ingest({ inputs: [writeFile(directory, "a.csv", csv), writeFile(directory, "b.csv", csv)], warehouse: join(directory, "w.duckdb") });
    expect(result.written).toBe(false);
    expect(result.method).toBe("row-by-row");
    expect(result.problems[0]).toMatchObject({ file: expect.stringContaining("b.csv"), row: 2, column: "case_id" });
  });

  it("gives way on identifying data in free text, which is refused without echoing it", async () => {
    const directory = temporaryDirectory();
    const row = qsrCells({ case_id: "123-45-6789" });
    const csv = `${QSR_HEADER.join(",")}\n${QSR_HEADER.map((c) => row[c]).join(",")}\n`;
    const result = await ingest({ inputs: [writeFile(directory, "q.csv", csv)], warehouse: join(directory, "w.duckdb") });
    expect(result.written).toBe(false);
    expect(result.problems.some((p) => p.identifying && p.column === "case_id")).toBe(true);
    expect(JSON.stringify(result.problems)).not.toContain("123-45-6789");
  });
});

/** Cell texts a spreadsheet export can hold, good and bad, for every kind of column. */
const TRICKY = [
  "", " ", "4", " 4", "4 ", "7", "0", "NA", "na", "N/A", "n/a", "S", "s", "Strength", "strength ", "ANI", "Area Needing Improvement",
  "Not Applicable", "yes", "Y", "true", "no", "N", "maybe", "in_home", "IN-HOME", "in home", "out_of_home", "Out Of Home", "foster_care",
  "FC", "ihs", "2024-03-04", "2019-02-29", "2020-02-29", "2024-13-01", "04-05-2024", "2024-3-4", " 2024-03-04", "3S", "3s", "12345", "AL01",
  "CASE-01", "abc", "AB-12345678901234567", "Northgate", "\u00a0Northgate", "Northgate\t", "Doña Ana", "x".repeat(61), "x".repeat(81), "2.0",
  "İN_HOME", "\ufeffyes", "ſ", "1/7/2019", "01/07/2019", "2/29/2019", "2/29/2020", "13/1/2019", "1/32/2019", "1/7/19", "7.1.2019",
  "2019/07/01", "1/7/2019 ", "0/7/2019", "1//2019",
];

/** Date texts as spreadsheets write them, good and bad, for the SQL and zod readings of a date. */
const DATE_TEXTS = ["2024-03-04", "2019-02-29", "2020-02-29", "2024-13-01", "2024-3-4", "1/7/2019", "01/07/2019", "12/31/2027", "2/29/2019",
  "2/29/2028", "13/1/2019", "1/32/2019", "0/7/2019", "1/0/2019", "1/7/19", "7.1.2019", "2019/07/01", "1/7/02019", "٣/٤/٢٠١٩", ""];

async function sqlValid(kind: BulkKind, rows: Record<string, string>[]): Promise<boolean[]> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await connection.run(`CREATE TABLE staged (${kind.columns.map((c) => `${quoteIdentifier(c)} VARCHAR`).join(", ")}, n INTEGER)`);
  const values = rows.map((row, n) => `(${kind.columns.map((c) => (row[c] === undefined ? "NULL" : quoteText(row[c]))).join(", ")}, ${n})`);
  await connection.run(`INSERT INTO staged VALUES ${values.join(", ")}`);
  const result = await connection.runAndReadAll(`SELECT coalesce(${kind.validRow}, false) FROM staged ORDER BY n`);
  connection.closeSync();
  instance.closeSync();
  return result.getRows().map((r) => r[0] as boolean);
}

function zodValid(kind: TabularKind, row: Record<string, string>): boolean {
  // The row-by-row reader trims every cell before the schema sees it.
  const trimmed = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v.trim()]));
  return checkRow(kind, trimmed).ok;
}

describe("a date cell in the bulk SQL", () => {
  it("reads as the same day zod reads, and is refused where zod refuses it", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    await connection.run("CREATE TABLE staged (d VARCHAR, n INTEGER)");
    await connection.run(`INSERT INTO staged VALUES ${DATE_TEXTS.map((t, n) => `(${quoteText(t)}, ${n})`).join(", ")}`);
    const result = await connection.runAndReadAll(`SELECT CAST(${dateValueSql("d")} AS VARCHAR) FROM staged ORDER BY n`);
    connection.closeSync();
    instance.closeSync();
    const sql = result.getRows().map((r) => r[0]);
    const zod = DATE_TEXTS.map((t) => {
      const read = readWrittenDate(t);
      return read.ok ? read.date : null;
    });
    expect(sql).toEqual(zod);
    expect(zod.slice(5, 8)).toEqual(["2019-01-07", "2019-01-07", "2027-12-31"]);
  });
});

describe.each([
  { name: "QSR", bulk: QSR_BULK, schema: qsrCases as TabularKind, base: qsrCells },
  { name: "OSRI", bulk: OSRI_BULK, schema: osriCases as TabularKind, base: osriCells },
])("$name rows the bulk SQL accepts", ({ bulk, schema, base }) => {
  it("are rows the zod schema accepts (never looser), for cells drawn from tricky texts", async () => {
    const rowArbitrary = fc.dictionary(fc.constantFrom(...bulk.columns), fc.constantFrom(...TRICKY), { maxKeys: 4 }).map((over) => base(over));
    const samples = fc.sample(rowArbitrary, { numRuns: 3000, seed: 20261123 });
    const valid = await sqlValid(bulk, samples);
    const looser = samples.filter((row, i) => valid[i] && !zodValid(schema, row));
    expect(looser).toEqual([]);
    // And the bulk path is not so strict that it never applies.
    expect(valid.filter(Boolean).length).toBeGreaterThan(100);
    expect((await sqlValid(bulk, [base()]))[0]).toBe(true);
  });
});

describe("the bulk SQL's foster-care-only items", () => {
  // domain.md section 2: "Permanency items (4-11) apply to foster care cases only."
  // The eight items' check looks at the case type once (loaders/bulk/bulkKinds.ts).
  const na = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`item_${String(i + 4).padStart(2, "0")}`, "NA"]));
  it("accepts an in-home case with NA on items 4-11, refuses Strength or ANI on any one of them, as zod does", async () => {
    const rows = [
      osriCells({ case_type: "in_home", ...na }),
      ...Array.from({ length: 8 }, (_, i) => osriCells({ case_type: "in home", ...na, [`item_${String(i + 4).padStart(2, "0")}`]: i % 2 ? "ANI" : "s" })),
      osriCells({ case_type: "in_home", ...na, item_03: "Strength", item_12: "ANI" }),
      osriCells({ case_type: "foster_care" }),
    ];
    const sql = await sqlValid(OSRI_BULK, rows);
    expect(sql).toEqual([true, false, false, false, false, false, false, false, false, true, true]);
    expect(rows.map((row) => zodValid(osriCases as TabularKind, row))).toEqual(sql);
  });
});
