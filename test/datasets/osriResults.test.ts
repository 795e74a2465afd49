// Outcome ratings per case and item performance by group, on hand-made cases.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../loaders/ingest.ts";
import { computeDataset } from "../../src/datasets/print.ts";
import { openWarehouse, queryRows } from "../../src/warehouse/connection.ts";
import { OSRI_OUTCOMES } from "../../src/catalog/osriItems.ts";
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

describe("osri-outcome-results on the demo", () => {
  // domain.md §2: "Outcome rating per case (default rule ...): Substantially Achieved when every
  // applicable item of the outcome is a Strength; Not Achieved when every applicable item is an
  // ANI; Partially Achieved otherwise; Not Applicable when no item applies."
  it("rates each case's outcome from its item columns as stored exactly as from one row a rating: every outcome, year and region", async () => {
    const demo = join(temporaryDirectory(), "demo.duckdb");
    expect((await ingest({ inputs: ["data/demo"], warehouse: demo })).written).toBe(true);
    const rows = await computeDataset("osri-outcome-results", demo);
    const outcomeOfItem = OSRI_OUTCOMES.flatMap((o) => o.items.map((item) => `(${item}, '${o.code}')`)).join(", ");
    const opened = await openWarehouse(demo, { readOnly: true });
    const perRating = await queryRows<{ outcome: string; grp: string; period_start: string; n: number; achieved: number }>(
      opened.connection,
      `WITH outcome_item(item, outcome) AS (VALUES ${outcomeOfItem}),
       counted AS (
         SELECT r.case_id, o.outcome, count(*) FILTER (WHERE r.rating <> 'NA') AS applicable, count(*) FILTER (WHERE r.rating = 'Strength') AS strengths
         FROM osri_rating r JOIN outcome_item o ON o.item = r.item GROUP BY ALL
       )
       SELECT counted.outcome, c.region AS grp,
              make_date(year(c.review_date) - CASE WHEN month(c.review_date) < 7 THEN 1 ELSE 0 END, 7, 1)::VARCHAR AS period_start,
              count(*)::INTEGER AS n, count(*) FILTER (WHERE strengths = applicable)::INTEGER AS achieved
       FROM counted JOIN osri_case c USING (case_id)
       -- a case none of the outcome's items applies to is not rated on it
       WHERE applicable > 0
       GROUP BY ALL ORDER BY ALL`,
    );
    opened.close();
    const fromDataset = rows
      .filter((r) => r.grouping === "region")
      .map((r) => ({ outcome: r.outcome, grp: r.group, period_start: r.periodStart, n: r.n, achieved: r.achieved }))
      .sort((a, b) => String(a.outcome).localeCompare(String(b.outcome)) || String(a.grp).localeCompare(String(b.grp)) || String(a.period_start).localeCompare(String(b.period_start)));
    expect(perRating.length).toBeGreaterThan(50);
    expect(fromDataset).toEqual(perRating);
  });
});

describe("osri-item-results", () => {
  it("counts Strength of applicable cases, NA out of the denominator", async () => {
    const rows = await computeDataset("osri-item-results", warehouse);
    expect(rows.find((r) => r.item === 2 && r.grouping === "state")).toMatchObject({ n: 2, achieved: 2, performance: 1 });
    expect(rows.find((r) => r.item === 3 && r.grouping === "state")).toMatchObject({ n: 3, achieved: 1 });
    // Region 1N has one applicable item 2 (OC-0002): its other cases are NA there.
    expect(rows.find((r) => r.item === 2 && r.grouping === "region" && r.group === "1N")).toMatchObject({ n: 1, achieved: 1 });
    // Item 1 is NA on every case: no n, so no row is invented for any group.
    expect(rows.filter((r) => r.item === 1)).toEqual([]);
  });

  it("counts, from the ratings as stored (a column an item), what one row a rating counts: the demo's every item, year and group", async () => {
    const dir = temporaryDirectory();
    const demo = join(dir, "demo.duckdb");
    expect((await ingest({ inputs: ["data/demo"], warehouse: demo })).written).toBe(true);
    const rows = await computeDataset("osri-item-results", demo);
    const opened = await openWarehouse(demo, { readOnly: true });
    const perRating = await queryRows<{ item: number; grouping: string; grp: string; period_start: string; n: number; achieved: number }>(
      opened.connection,
      `SELECT r.item::INTEGER AS item, 'region' AS grouping, c.region AS grp,
              make_date(year(c.review_date) - CASE WHEN month(c.review_date) < 7 THEN 1 ELSE 0 END, 7, 1)::VARCHAR AS period_start,
              count(*)::INTEGER AS n, count(*) FILTER (WHERE r.rating = 'Strength')::INTEGER AS achieved
       FROM osri_rating r JOIN osri_case c USING (case_id)
       -- NA is not applicable; a group whose every rating is NA has no row
       WHERE r.rating <> 'NA'
       GROUP BY ALL ORDER BY ALL`,
    );
    opened.close();
    const fromDataset = rows
      .filter((r) => r.grouping === "region")
      .map((r) => ({ item: r.item, grouping: r.grouping, grp: r.group, period_start: r.periodStart, n: r.n, achieved: r.achieved }))
      .sort((a, b) => Number(a.item) - Number(b.item) || String(a.grp).localeCompare(String(b.grp)) || String(a.period_start).localeCompare(String(b.period_start)));
    expect(perRating.length).toBeGreaterThan(100);
    expect(fromDataset).toEqual(perRating);
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
