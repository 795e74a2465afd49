// The PIP baseline is formed of the randomly selected baseline cases, not every case reviewed
// in the baseline year. Seed 004: "While 25 cases will be reviewed in each region, 8 In-Home
// and 12 foster care cases from each region will be randomly selected ... to establish the
// baseline." Two regions, each reviewed once in the baseline year with 25 cases, 20 marked.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingest } from "../../loaders/ingest.ts";
import { formatProblem } from "../../loaders/problem.ts";
import { computeDataset } from "../../src/datasets/print.ts";
import { OSRI_HEADER, csvOf, osriCells, temporaryDirectory, writeFile } from "../helpers.ts";

const PLAN = {
  baseline: { start: "2020-01-01", end: "2020-12-31" },
  implementation: { start: "2021-01-01", end: "2022-12-31" },
  nonOverlappingEnd: "2023-12-31",
  items: [3],
  overlapMonths: 0,
};

/**
 * Region A (metro) in March, region B in June, 15 foster care and 10 in-home cases each. Of
 * each region's 25, 12 foster care and 8 in-home are marked: item 3 is a Strength on the
 * marked foster care cases and an ANI on the marked in-home ones; every unmarked case is an ANI.
 */
function baselineYear(mark: boolean): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  for (const [region, month, metro] of [["A", "03", "yes"], ["B", "06", "no"]]) {
    for (const [caseType, reviewed, marked] of [["foster_care", 15, 12], ["in_home", 10, 8]] as const) {
      for (let n = 1; n <= reviewed; n++) {
        const inSample = n <= marked;
        rows.push(osriCells({
          case_id: `BL-${region}-${caseType === "foster_care" ? "F" : "H"}${String(n).padStart(2, "0")}`,
          review_date: `2020-${month}-10`,
          region,
          metro,
          case_type: caseType,
          item_03: inSample && caseType === "foster_care" ? "Strength" : "ANI",
          ...(caseType === "in_home" ? Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`item_${String(i + 4).padStart(2, "0")}`, "NA"])) : {}),
          baseline_sample: mark ? (inSample ? "yes" : "no") : "",
        }));
      }
    }
  }
  return rows;
}

async function warehouseOf(rows: Record<string, string>[]): Promise<string> {
  const dir = temporaryDirectory();
  writeFile(dir, "osri.csv", csvOf([...OSRI_HEADER, "baseline_sample"], rows));
  writeFile(dir, "pip-plan.json", JSON.stringify(PLAN));
  const warehouse = join(dir, "w.duckdb");
  const result = await ingest({ inputs: [dir], warehouse });
  expect(result.problems.map(formatProblem)).toEqual([]);
  return warehouse;
}

describe("the PIP baseline", () => {
  it("is formed of the cases marked baseline_sample = yes when the file marks them", async () => {
    const [item3] = await computeDataset("pip-baseline", await warehouseOf(baselineYear(true)));
    // 40 marked cases, 24 of them foster care Strengths: p0 = 0.6;
    // SE = 1.28 * sqrt(0.6 * 0.4 / 40) = 1.28 * 0.0774597 = 0.0991484; goal = 0.6991484.
    expect(item3).toMatchObject({ applicable: 40, strengths: 24, baseline: 0.6, cases: 40, casesReviewed: 50, baselineSampleMarked: true, metroShare: 0.5, fosterCareShare: 0.6 });
    expect(item3.samplingError as number).toBeCloseTo(0.0991484, 6);
    expect(item3.goal as number).toBeCloseTo(0.6991484, 6);
    expect(item3.note).toBe("the baseline is the 40 cases marked as the baseline sample, of the 50 reviewed in the baseline period");
  });

  it("is every case of the baseline period when none is marked, and says so", async () => {
    const [item3] = await computeDataset("pip-baseline", await warehouseOf(baselineYear(false)));
    // All 50: 24 Strengths of 50 applicable, p0 = 0.48.
    expect(item3).toMatchObject({ applicable: 50, strengths: 24, baseline: 0.48, cases: 50, casesReviewed: 50, baselineSampleMarked: false });
    expect(item3.note).toContain("no case of the baseline period is marked baseline_sample = yes, so all 50 cases reviewed in it form the baseline");
  });

  it("sets the -2% minimum from the marked cases, and ignores the column after the baseline", async () => {
    // A year after the baseline: 40 cases reviewed, marked "no" (which must not matter), 30 Strengths.
    const later = Array.from({ length: 40 }, (_, i) => osriCells({
      case_id: `ME-${String(i + 1).padStart(3, "0")}`,
      review_date: `2021-${String((i % 12) + 1).padStart(2, "0")}-10`,
      region: i % 2 === 0 ? "A" : "B",
      metro: i % 2 === 0 ? "yes" : "no",
      case_type: i % 5 < 3 ? "foster_care" : "in_home",
      item_03: i < 30 ? "Strength" : "ANI",
      ...(i % 5 >= 3 ? Object.fromEntries(Array.from({ length: 8 }, (_, k) => [`item_${String(k + 4).padStart(2, "0")}`, "NA"])) : {}),
      baseline_sample: "no",
    }));
    const warehouse = await warehouseOf([...baselineYear(true), ...later]);
    const window = (await computeDataset("pip-progress", warehouse)).find((r) => r.windowEnd === "2021-12-31")!;
    // n = 40 >= 0.98 * 40 = 39.2; 30 / 40 = 0.75 >= 0.699; shares 0.5 and 0.6, as the baseline's.
    expect(window).toMatchObject({ applicable: 40, strengths: 30, performance: 0.75, minimumCases: 39.2, minimumCasesOk: true, metroShare: 0.5, fosterCareShare: 0.6, distributionOk: true, judged: true, goalMet: true });
  });
});
