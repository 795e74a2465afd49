import { describe, expect, it } from "vitest";
import { checkRow } from "../../src/schemas/inputKind.ts";
import { osriCases } from "../../src/schemas/osriCase.ts";
import { osriCells } from "../helpers.ts";

function problemsFor(overrides: Record<string, string>) {
  const check = checkRow(osriCases, osriCells(overrides));
  return check.ok ? [] : check.problems;
}

describe("OSRI case row", () => {
  it.each([
    ["S", "Strength"],
    ["strength", "Strength"],
    ["Area Needing Improvement", "ANI"],
    ["ani", "ANI"],
    ["Not Applicable", "NA"],
    ["na", "NA"],
    ["", null],
  ])("reads item rating %j as %j", (text, rating) => {
    const check = checkRow(osriCases, osriCells({ item_12: text }));
    expect(check.ok && check.value.item_12).toBe(rating);
  });

  it.each([
    ["item_01", "Good", "not an OSRI rating"],
    ["metro", "maybe", "not one of yes, no"],
    ["case_type", "adoption", "not one of foster_care, in_home"],
    ["region", "3 South", "not a region code"],
    ["county", "", "required"],
    ["review_date", "2021-02-29", "not a calendar date"],
  ])("refuses %s = %j", (column, value, reason) => {
    const problems = problemsFor({ [column]: value });
    expect(problems.map((p) => p.column)).toEqual([column]);
    expect(problems[0].reason).toContain(reason);
  });

  it("refuses a permanency item rated on an in-home case, and accepts NA there", () => {
    const inHome = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`item_${String(i + 4).padStart(2, "0")}`, "NA"]));
    expect(problemsFor({ case_type: "in_home", ...inHome })).toEqual([]);
    const problems = problemsFor({ case_type: "in_home", ...inHome, item_04: "Strength", item_11: "ANI" });
    expect(problems.map((p) => p.column)).toEqual(["item_04", "item_11"]);
    expect(problems[0].reason).toContain("foster care cases only");
  });
});
