import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { ingest } from "../../loaders/ingest.ts";
import { formatProblem } from "../../loaders/problem.ts";
import { attributionProblem } from "../../src/schemas/attribution.ts";
import { temporaryDirectory, writeFile } from "../helpers.ts";

describe("PQCR findings are never attributed to a person", () => {
  it.each(["Ms. Garcia said visits were late", "According to Maria Lopez, caseloads are high", "CSW #4412 had no training", "worker id 10233 missed visits", "Dr. Chen raised delays"])("refuses %j", (theme) => {
    expect(attributionProblem(theme)).not.toBeNull();
  });

  it.each(["High caseloads limit time with families", "Court continuances delay permanency", "Training for the 2024 cohort of new workers", "Concurrent planning training"])("accepts %j", (theme) => {
    expect(attributionProblem(theme)).toBeNull();
  });

  it("refuses the file's row at ingest, naming row and column, and a worker id column", async () => {
    const dir = temporaryDirectory();
    writeFile(dir, "events.csv", "county,pqcr_start,pqcr_end,focus_area\nAlder,2024-04-15,2024-04-19,Reunification\n");
    writeFile(dir, "findings.csv", "county,pqcr_end,category,scope,source,theme,mentions,x_worker_id\nAlder,2024-04-19,Training Needs,focus_area,interview,Ms. Garcia wants more training,2,\n");
    const result = await ingest({ inputs: [dir], warehouse: join(dir, "w.duckdb"), skipInvalid: true });
    expect(result.written).toBe(false);
    const messages = result.problems.map(formatProblem);
    expect(messages).toContainEqual(expect.stringMatching(/findings\.csv, row 2, column theme: names a person/));
    expect(messages).toContainEqual(expect.stringMatching(/findings\.csv, row 1, column x_worker_id: looks like identifying data/));
  });
});
