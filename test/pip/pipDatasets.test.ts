// pip-baseline and pip-progress from a warehouse built from a small hand-made state:
// two cases a month from January 2020 to December 2021, every fourth one metropolitan.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../loaders/ingest.ts";
import { computeDataset } from "../../src/datasets/print.ts";
import { OSRI_HEADER, csvOf, osriCells, temporaryDirectory, writeFile } from "../helpers.ts";

let warehouse: string;

beforeAll(async () => {
  const dir = temporaryDirectory();
  const rows: Record<string, string>[] = [];
  let serial = 0;
  for (let month = 0; month < 24; month++) {
    const date = `${2020 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}-10`;
    for (const caseType of ["foster_care", "in_home"]) {
      serial++;
      const inBaseline = month < 12;
      rows.push(osriCells({
        case_id: `FX-${String(serial).padStart(4, "0")}`,
        review_date: date,
        metro: serial % 4 === 0 ? "yes" : "no",
        case_type: caseType,
        // Item 3: half Strength in the 2020 baseline (the foster care cases), all Strength in 2021.
        item_03: inBaseline ? (caseType === "foster_care" ? "Strength" : "ANI") : "Strength",
        // Item 4 applies to foster care only; item 12 to no case at all.
        ...Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`item_${String(i + 4).padStart(2, "0")}`, caseType === "in_home" ? "NA" : "Strength"])),
        item_12: "NA",
      }));
    }
  }
  writeFile(dir, "osri.csv", csvOf(OSRI_HEADER, rows));
  writeFile(dir, "pip-plan.json", JSON.stringify({
    baseline: { start: "2020-01-01", end: "2020-12-31" },
    implementation: { start: "2020-07-01", end: "2022-06-30" },
    nonOverlappingEnd: "2023-06-30",
    items: [3, 4, 12],
    overlapMonths: null,
  }));
  warehouse = join(dir, "w.duckdb");
  const result = await ingest({ inputs: [dir], warehouse });
  expect(result.problems).toEqual([]);
});

describe("pip-baseline", () => {
  it("computes the worksheet from the baseline period's cases", async () => {
    const rows = await computeDataset("pip-baseline", warehouse);
    const item3 = rows.find((r) => r.item === 3)!;
    // 24 applicable, 12 Strengths: p0 0.5; SE = 1.28 * sqrt(0.25 / 24) = 0.1306395;
    // 6 months of overlap (July-December 2020): adjusted = 0.5 + 0.1306395 * 0.75 = 0.5979796.
    expect(item3).toMatchObject({ applicable: 24, strengths: 12, baseline: 0.5, overlapMonths: 6, cases: 24, metroShare: 0.25, fosterCareShare: 0.5, reason: null });
    expect(item3.samplingError as number).toBeCloseTo(0.1306395, 6);
    expect(item3.goal as number).toBeCloseTo(0.6306395, 6);
    expect(item3.adjustedGoal as number).toBeCloseTo(0.5979796, 6);
  });

  it("says why an item with no applicable baseline case has no goal", async () => {
    const item12 = (await computeDataset("pip-baseline", warehouse)).find((r) => r.item === 12)!;
    expect(item12).toMatchObject({ applicable: 0, baseline: null, goal: null, adjustedGoal: null });
    expect(item12.reason).toContain("no case reviewed in the baseline period was applicable");
  });
});

describe("pip-progress", () => {
  it("has a window per quarter end after the baseline, provisional until 12 months of findings", async () => {
    const item3 = (await computeDataset("pip-progress", warehouse)).filter((r) => r.item === 3);
    expect(item3.map((r) => [r.windowStart, r.windowEnd, r.provisional])).toEqual([
      ["2021-01-01", "2021-03-31", true],
      ["2021-01-01", "2021-06-30", true],
      ["2021-01-01", "2021-09-30", true],
      ["2021-01-01", "2021-12-31", false],
    ]);
  });

  it("judges the full window: performance, both checks, goal met", async () => {
    const last = (await computeDataset("pip-progress", warehouse)).find((r) => r.item === 3 && r.windowEnd === "2021-12-31")!;
    expect(last).toMatchObject({ applicable: 24, strengths: 24, performance: 1, metroShare: 0.25, fosterCareShare: 0.5, minimumCasesOk: true, distributionOk: true, goalMet: true });
    const provisional = (await computeDataset("pip-progress", warehouse)).find((r) => r.item === 3 && r.windowEnd === "2021-03-31")!;
    expect(provisional).toMatchObject({ applicable: 6, performance: 1, minimumCasesOk: false, goalMet: false });
  });

  it("gives null with a reason, never NaN, for an item no case applies to", async () => {
    const rows = (await computeDataset("pip-progress", warehouse)).filter((r) => r.item === 12);
    expect(rows.every((r) => r.performance === null && r.goalMet === false && typeof r.reason === "string")).toBe(true);
    expect(JSON.stringify(rows)).not.toContain("NaN");
  });
});

describe("crd pip-goal", () => {
  it("prints the worksheet's numbers as JSON", () => {
    const run = spawnSync(process.execPath, ["bin/crd.js", "pip-goal", "--applicable", "100", "--strengths", "60", "--overlap-months", "6"], { encoding: "utf8" });
    expect(run.status).toBe(0);
    const goal = JSON.parse(run.stdout);
    expect(Object.keys(goal)).toEqual(["baseline", "samplingError", "goal", "adjustedGoal"]);
    expect(goal.adjustedGoal).toBeCloseTo(0.6470302, 6);
  });

  it("refuses a wrong command line with exit code 2", () => {
    const run = spawnSync(process.execPath, ["bin/crd.js", "pip-goal", "--applicable", "10", "--strengths", "11"], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("cannot exceed");
  });
});
