// One systematic mistake is one line: problems of the same file, column and reason shape are
// printed once with their rows, and the report stays within about 50 lines.
import { describe, expect, it } from "vitest";
import type { Problem } from "../../loaders/problem.ts";
import { formatRows, problemReport, problemsCsv, reasonShape, valueShape } from "../../loaders/problemReport.ts";

const dateProblem = (row: number, value: string): Problem => ({
  file: "qsr.csv",
  row,
  column: "review_date",
  reason: `"${value}" is not a date; write YYYY-MM-DD or M/D/YYYY`,
  value,
});

describe("the problem report", () => {
  it("prints the same problem on 1,594 rows as one line with the first value and the rows", () => {
    const problems = Array.from({ length: 1594 }, (_, i) => dateProblem(i + 2, `0${(i % 9) + 1}.01.2019`));
    expect(problemReport(problems)).toEqual([
      "1,594 problems, of 1 kind:",
      '  qsr.csv, rows 2-1595 (1,594 rows), column review_date: "01.01.2019" is not a date; write YYYY-MM-DD or M/D/YYYY',
    ]);
  });

  it("keeps different columns, files and reasons apart, in the order first found", () => {
    const problems: Problem[] = [
      dateProblem(2, "7.1.2019"),
      { file: "qsr.csv", row: 2, column: "status_safety", reason: '"7" is not a QSR rating: use 1 to 6, or NA', value: "7" },
      dateProblem(3, "8.1.2019"),
      { file: "other.csv", row: 5, column: "review_date", reason: '"x" is not a date; write YYYY-MM-DD or M/D/YYYY', value: "x" },
      { file: "qsr.csv", row: null, column: "ofice", reason: "is not a column of qsr-cases (did you mean office?)" },
    ];
    expect(problemReport(problems)).toEqual([
      "5 problems, of 4 kinds:",
      '  qsr.csv, rows 2-3 (2 rows), column review_date: "7.1.2019" is not a date; write YYYY-MM-DD or M/D/YYYY',
      '  qsr.csv, row 2, column status_safety: "7" is not a QSR rating: use 1 to 6, or NA',
      '  other.csv, row 5, column review_date: "x" is not a date; write YYYY-MM-DD or M/D/YYYY',
      "  qsr.csv, column ofice: is not a column of qsr-cases (did you mean office?)",
    ]);
  });

  it("stays within 50 lines when there are more kinds of problem, and says where the rest are", () => {
    const problems = Array.from({ length: 120 }, (_, i): Problem => ({ file: `f${i}.csv`, row: 2, column: "x", reason: "is wrong" }));
    const lines = problemReport(problems);
    expect(lines).toHaveLength(50);
    expect(lines.at(-1)).toBe("  ... and 72 more kinds of problem (72 problems): --problems FILE writes every one to a CSV");
  });

  it("names scattered rows as ranges, the first five and how many more", () => {
    expect(formatRows([7])).toBe("row 7");
    expect(formatRows([2, 3, 4, 9, 11, 12])).toBe("rows 2-4, 9, 11-12 (6 rows)");
    expect(formatRows([2, 4, 6, 8, 10, 12, 14, 16])).toBe("rows 2, 4, 6, 8, 10 and 3 more (8 rows)");
  });

  it("takes the values out of a reason to find its shape", () => {
    expect(reasonShape('"07.01.2019" is not a date')).toBe(reasonShape('"7/1/19" is not a date'));
    expect(reasonShape("has 3 cells but the header has 27 columns")).toBe(reasonShape("has 30 cells but the header has 27 columns"));
    expect(reasonShape('"a" is not one of in_home')).not.toBe(reasonShape('"a" is not a QSR rating'));
  });
});

describe("the problems CSV", () => {
  it("has every problem with the shape of its value, never an identifying value", () => {
    const csv = problemsCsv([
      dateProblem(2, "07.01.2019"),
      { file: "qsr.csv", row: 3, column: "x_note", reason: "holds what looks like a phone number; identifying data is refused (value not shown)", identifying: true, value: "555-123-4567" },
      { file: "qsr.csv", row: null, column: null, reason: "has a header but no rows" },
    ]);
    expect(csv).toBe(
      [
        "file,row,column,value_shape,reason",
        'qsr.csv,2,review_date,99.99.9999,"""07.01.2019"" is not a date; write YYYY-MM-DD or M/D/YYYY"',
        "qsr.csv,3,x_note,,holds what looks like a phone number; identifying data is refused (value not shown)",
        "qsr.csv,,,,has a header but no rows",
        "",
      ].join("\n"),
    );
    expect(valueShape("Niños 2-B")).toBe("Aaaaa 9-A");
  });
});
