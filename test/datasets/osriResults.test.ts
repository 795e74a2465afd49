// Outcome ratings per case and item performance by group, on hand-made cases.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../loaders/ingest.ts";
import { computeDataset } from "../../src/datasets/print.ts";
import { OSRI_HEADER, csvOf, osriCells, temporaryDirectory, writeFile } from "../helpers.ts";

let warehouse: string;

beforeAll(async () => {
  const dir = temporaryDirectory();
  const base = { review_date: "2021-03-10", item_01: "NA" };
  const rows = [
    osriCells({ ...base, case_id: "OC-0001", item_02: "Strength", item_03: "Strength", region: "3S", metro: "yes" }), // Safety 2 substantially achieved
    osriCells({ ...base, case_id: "OC-0002", item_02: "Strength", item_03: "ANI", region: "1N", metro: "no" }), // partially
    osriCells({ ...base, case_id: "OC-0003", item_02: "NA", item_03: "ANI", region: "1N", metro: "no" }), // not achieved
    osriCells({ ...base, case_id: "OC-0004", item_02: "NA", item_03: "NA", region: "1N", metro: "no", case_type: "foster_care" }), // Safety 2 not applicable
  ];
  writeFile(dir, "osri.csv", csvOf(OSRI_HEADER, rows));
  warehouse = join(dir, "w.duckdb");
  expect((await ingest({ inputs: [dir], warehouse })).problems).toEqual([]);
});

describe("osri-outcome-results", () => {
  it("rates an outcome Substantially Achieved only when every applicable item is a Strength, and leaves out cases it does not apply to", async () => {
    const rows = await computeDataset("osri-outcome-results", warehouse);
    const state = rows.find((r) => r.outcome === "S2" && r.grouping === "state")!;
    expect(state).toMatchObject({ period: "FY 2020-21", n: 3, achieved: 1 });
    expect(state.substantiallyAchieved as number).toBeCloseTo(1 / 3, 10);
    // Safety 1: item 1 is NA on every case, so no row can be computed and none is invented.
    expect(rows.filter((r) => r.outcome === "S1")).toEqual([]);
  });

  it("splits by region and by metropolitan area", async () => {
    const rows = await computeDataset("osri-outcome-results", warehouse);
    expect(rows.find((r) => r.outcome === "S2" && r.grouping === "region" && r.group === "1N")).toMatchObject({ n: 2, achieved: 0, substantiallyAchieved: 0 });
    expect(rows.find((r) => r.outcome === "S2" && r.grouping === "metro" && r.group === "metro")).toMatchObject({ n: 1, achieved: 1 });
  });
});

describe("osri-item-results", () => {
  it("counts Strength of applicable cases, NA out of the denominator", async () => {
    const rows = await computeDataset("osri-item-results", warehouse);
    expect(rows.find((r) => r.item === 2 && r.grouping === "state")).toMatchObject({ n: 2, achieved: 2, performance: 1 });
    expect(rows.find((r) => r.item === 3 && r.grouping === "state")).toMatchObject({ n: 3, achieved: 1 });
  });
});

describe("osri-county-results", () => {
  it("names every region a county's cases come from, in order, so that the same warehouse always gives the same rows", async () => {
    const rows = await computeDataset("osri-county-results", warehouse);
    const item3 = rows.find((r) => r.county === "Capital" && r.kind === "item" && r.key === "3");
    // Capital's cases come from regions 3S (OC-0001) and 1N (the others).
    expect(item3).toMatchObject({ region: "1N, 3S", n: 3, achieved: 1 });
    expect(new Set(rows.map((r) => r.region))).toEqual(new Set(["1N, 3S"]));
  });
});
