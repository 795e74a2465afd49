import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { toCsv } from "../../src/format/csv.ts";
import { spreadsheetSafe } from "../../src/format/spreadsheetSafe.ts";
import { workbookBytes } from "../../src/format/xlsx.ts";

describe("downloads are safe to open in a spreadsheet", () => {
  it.each(["=1+1", "+SUM(A1)", "-2+3", "@cmd", "=HYPERLINK(\"http://x\")", "\t=1"])("writes %j as text", (value) => {
    expect(spreadsheetSafe(value)).toBe(`'${value}`);
  });

  it.each([["-0.05"], ["+1"], ["12"], ["Safety"], [-0.05]])("leaves %j alone", (value) => {
    expect(spreadsheetSafe(value)).toBe(value);
  });

  it("neutralises formulas in CSV", () => {
    expect(toCsv([{ theme: "=cmd|' /C calc'!A0", value: -0.5 }])).toBe("theme,value\n'=cmd|' /C calc'!A0,-0.5\n");
  });

  it("writes formulas as text in XLSX, and the same data gives the same bytes", async () => {
    const sheets = [{ name: "data", rows: [{ theme: "=1+1", share: 0.5, counts: { "1": 2 } }] }];
    const first = await workbookBytes(sheets);
    await new Promise((resolve) => setTimeout(resolve, 1100)); // a later second on the clock
    expect((await workbookBytes(sheets)).equals(first)).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(first as never);
    const sheet = workbook.getWorksheet("data")!;
    expect(sheet.getRow(1).values).toEqual([undefined, "theme", "share", "counts.1"]);
    expect(sheet.getCell("A2").value).toBe("'=1+1");
    expect(sheet.getCell("A2").formula).toBeUndefined();
    expect(sheet.getCell("B2").value).toBe(0.5);
  });
});
