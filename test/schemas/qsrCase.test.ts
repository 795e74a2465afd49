import { describe, expect, it } from "vitest";
import { checkRow } from "../../src/schemas/inputKind.ts";
import { qsrCases } from "../../src/schemas/qsrCase.ts";
import { qsrCells } from "../helpers.ts";

function problemsFor(overrides: Record<string, string>) {
  const check = checkRow(qsrCases, qsrCells(overrides));
  return check.ok ? [] : check.problems;
}

describe("QSR case row", () => {
  it("accepts a complete row and types its values", () => {
    const check = checkRow(qsrCases, qsrCells({ status_safety: "6", practice_teamwork: "na", status_overall: "" }));
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.value.status_safety).toBe(6);
    expect(check.value.practice_teamwork).toBe("NA");
    expect(check.value.status_overall).toBeNull();
  });

  it.each([
    ["review_id", "", "required"],
    ["office", "", "required"],
    ["review_date", "2019-02-29", "not a calendar date"],
    ["review_date", "3/4/24", "with a four-digit year"],
    ["review_date", "4.3.2024", "is not a date; write YYYY-MM-DD or M/D/YYYY"],
    ["review_date", "2024/03/04", "is not a date; write YYYY-MM-DD or M/D/YYYY"],
    ["review_date", "2/30/2024", "not a calendar date"],
    ["protocol_version", "", "required"],
    ["case_id", "AB", "not a de-identified case code"],
    ["case_id", "CASE 01", "not a de-identified case code"],
    ["case_id", "A".repeat(21), "not a de-identified case code"],
    ["case_type", "foster", "not one of in_home, out_of_home"],
    ["status_safety", "7", "not a QSR rating"],
    ["status_safety", "0", "not a QSR rating"],
    ["practice_engagement", "4.5", "not a QSR rating"],
    ["practice_overall", "N/A?", "not a QSR rating"],
  ])("refuses %s = %j", (column, value, reason) => {
    const problems = problemsFor({ [column]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0].column).toBe(column);
    expect(problems[0].reason).toContain(reason);
  });

  it.each([
    ["case_type", "In-Home", "in_home"],
    ["case_type", "OUT_OF_HOME", "out_of_home"],
    ["case_id", "Q24N-07", "Q24N-07"],
    ["status_safety", "1", 1],
    // Excel's US default in a CSV: month first, no leading zeros.
    ["review_date", "3/4/2024", "2024-03-04"],
    ["review_date", "12/31/2027", "2027-12-31"],
    ["review_date", "02/29/2028", "2028-02-29"],
  ])("accepts %s = %j", (column, value, expected) => {
    const check = checkRow(qsrCases, qsrCells({ [column]: value }));
    expect(check.ok && (check.value as Record<string, unknown>)[column]).toBe(expected);
  });

  it("reports every bad cell of a row, not just the first", () => {
    expect(problemsFor({ review_date: "2019-02-29", status_safety: "7", case_type: "x" }).map((p) => p.column).sort()).toEqual([
      "case_type",
      "review_date",
      "status_safety",
    ]);
  });
});
