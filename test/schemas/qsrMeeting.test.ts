// The QSR meeting inputs: systemic themes, Sum-Up next steps, targets. Themes and steps are
// written for a room of managers and partners, so a theme or step that names a person is
// refused; each belongs to a review the same ingest holds.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingest } from "../../loaders/ingest.ts";
import { formatProblem } from "../../loaders/problem.ts";
import { checkRow, type TabularKind } from "../../src/schemas/inputKind.ts";
import { qsrNextSteps, qsrTargets, qsrThemes } from "../../src/schemas/qsrMeeting.ts";
import { QSR_HEADER, csvOf, qsrCells, temporaryDirectory, writeFile } from "../helpers.ts";

const problems = (kind: TabularKind<any>, cells: Record<string, string>) => {
  const check = checkRow(kind, cells);
  return check.ok ? [] : check.problems.map((p) => `${p.column}: ${p.reason}`);
};

describe("qsr-themes rows", () => {
  it("take a system from the catalog, by name or synonym", () => {
    const check = checkRow(qsrThemes, { review_id: "R1", category: "Mental Health", theme: "Waiting lists for child therapy", cases: "4" });
    expect(check.ok && check.value).toMatchObject({ category: "mental_health", cases: 4 });
    expect(problems(qsrThemes, { review_id: "R1", category: "weather", theme: "Storms", cases: "1" })[0]).toContain('category: "weather" is not one of courts, schools, mental_health');
  });

  it("refuse a theme that names a person or carries a worker id", () => {
    expect(problems(qsrThemes, { review_id: "R1", category: "courts", theme: "Judge delays, Mr. Alvarez says", cases: "2" })).toEqual(["theme: names a person; themes and steps are reported in aggregate only, never attributed to a person"]);
    expect(problems(qsrThemes, { review_id: "R1", category: "caseloads", theme: "CSW #44120 carries 40 cases", cases: "1" })[0]).toContain("worker or staff id");
  });

  it("refuse zero cases", () => {
    expect(problems(qsrThemes, { review_id: "R1", category: "housing", theme: "Vouchers", cases: "0" })[0]).toContain("cases: must be 1 or more");
  });
});

describe("qsr-next-steps and qsr-targets rows", () => {
  it("take the indicator by column name or label, and a status or nothing", () => {
    const check = checkRow(qsrNextSteps, { review_id: "R1", step: "Team meetings monthly", indicator: "Teamwork", due_date: "6/30/2024", status: "" });
    expect(check.ok && check.value).toMatchObject({ indicator: "practice_teamwork", due_date: "2024-06-30", status: null });
    expect(problems(qsrNextSteps, { review_id: "R1", step: "x steps", indicator: "teamwork skills", due_date: "2024-06-30", status: "done" })[0]).toContain('indicator: "teamwork skills" is not one of');
    expect(problems(qsrNextSteps, { review_id: "R1", step: "Visits", indicator: "practice_engagement", due_date: "2024-06-30", status: "half done" })[0]).toContain("status:");
  });

  it("refuse a target written as a percent", () => {
    expect(problems(qsrTargets, { indicator: "practice_overall", share_acceptable: "70", from_date: "2023-07-01" })).toEqual(["share_acceptable: is a share from 0 to 1 (write 0.7 for 70%)"]);
  });
});

describe("an ingest with themes and next steps", () => {
  it.each([
    ["row by row", "1"],
    ["with the case file on the bulk path", ""],
  ])("refuses a theme or step for a review no case file holds (%s)", async (_, rowByRow) => {
    const dir = temporaryDirectory();
    writeFile(dir, "qsr.csv", csvOf(QSR_HEADER, [qsrCells()]));
    writeFile(dir, "themes.csv", "review_id,category,theme,cases\nR1,courts,Continuances delay hearings,1\nR9,schools,Records arrive late,1\n");
    writeFile(dir, "steps.csv", "review_id,step,indicator,due_date,status\nR7,Monthly team meetings,practice_teamwork,2024-06-30,\n");
    process.env.CRD_ROW_BY_ROW = rowByRow;
    const result = await ingest({ inputs: [dir], warehouse: join(dir, "w.duckdb") }).finally(() => delete process.env.CRD_ROW_BY_ROW);
    expect(result.written).toBe(false);
    expect(result.problems.map(formatProblem).sort()).toEqual([
      expect.stringMatching(/steps\.csv, row 2, column review_id: "R7" is a review of no qsr-cases file in this ingest$/),
      expect.stringMatching(/themes\.csv, row 3, column review_id: "R9" is a review of no qsr-cases file in this ingest$/),
    ]);
  });

  it("refuses a theme that names a person in free text, without echoing it", async () => {
    const dir = temporaryDirectory();
    writeFile(dir, "qsr.csv", csvOf(QSR_HEADER, [qsrCells()]));
    writeFile(dir, "themes.csv", "review_id,category,theme,cases\nR1,courts,Maria Lopez said hearings are late,1\n");
    const result = await ingest({ inputs: [dir], warehouse: join(dir, "w.duckdb") });
    expect(result.refusal).toContain("identifying data");
    expect(result.problems.map(formatProblem).join("\n")).not.toContain("Lopez");
  });
});
