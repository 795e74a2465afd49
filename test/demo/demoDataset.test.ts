import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingest } from "../../loaders/ingest.ts";
import { demoFiles, latestFullQuarter } from "../../src/demo/demoDataset.ts";
import { temporaryDirectory } from "../helpers.ts";

describe("crd demo", () => {
  it("writes the same bytes for the same seed, and other bytes for another seed", () => {
    const a = demoFiles(1, "2025-06-30");
    const b = demoFiles(1, "2025-06-30");
    expect(a).toEqual(b);
    expect(demoFiles(2, "2025-06-30")["qsr-cases.csv"]).not.toEqual(a["qsr-cases.csv"]);
  });

  it("matches the committed demo dataset, which was generated with seed 1", () => {
    // Every file, the universe folder's too (crd sample's input, which ingest does not read).
    const files = (dir: string, prefix = ""): [string, string][] =>
      readdirSync(join("data/demo", dir)).flatMap((name) => {
        const path = join(dir, name);
        return statSync(join("data/demo", path)).isDirectory() ? files(path, `${prefix}${name}/`) : [[`${prefix}${name}`, readFileSync(join("data/demo", path), "utf8")] as [string, string]];
      });
    const committed = Object.fromEntries(files(""));
    const through = JSON.parse(committed["dataset.json"]).description.match(/data through (\d{4}-\d{2}-\d{2})/)[1];
    expect(demoFiles(1, through)).toEqual(committed);
  });

  it("ends at the latest full quarter", () => {
    expect(latestFullQuarter("2026-11-23")).toBe("2026-09-30");
    expect(latestFullQuarter("2026-01-01")).toBe("2025-12-31");
    expect(latestFullQuarter("2026-03-31")).toBe("2026-03-31");
  });

  it("follows seed 004's schedule: 25 cases a region review, 280 of the baseline year's marked as the baseline (112 in-home + 168 foster care), 350 a year after", async () => {
    // Seed 004: "While 25 cases will be reviewed in each region, 8 In-Home and 12 foster care
    // cases from each region will be randomly selected ... This will be a total of 280 cases".
    const [header, ...rows] = demoFiles(1, "2021-06-30")["osri-cases.csv"].trim().split("\n").map((l) => l.split(","));
    const column = (name: string) => header.indexOf(name);
    const baseline = rows.filter((l) => l[column("review_date")] <= "2020-06-30");
    const marked = baseline.filter((l) => l[column("baseline_sample")] === "yes");
    const nextYear = rows.filter((l) => l[column("review_date")] >= "2020-07-01" && l[column("review_date")] <= "2021-06-30");
    expect(baseline.length).toBe(350);
    expect(marked.length).toBe(280);
    expect(marked.filter((l) => l[column("case_type")] === "in_home").length).toBe(112);
    expect(baseline.filter((l) => l[column("baseline_sample")] === "no").length).toBe(70);
    // 8 in-home and 12 foster care marked in every region review of the baseline year.
    const perRegion = new Map<string, number[]>();
    for (const l of marked) {
      const key = `${l[column("review_date")].slice(0, 7)} ${l[column("region")]}`;
      const [fc, ih] = perRegion.get(key) ?? [0, 0];
      perRegion.set(key, l[column("case_type")] === "foster_care" ? [fc + 1, ih] : [fc, ih + 1]);
    }
    expect(perRegion.size).toBe(14);
    for (const counts of perRegion.values()) expect(counts).toEqual([12, 8]);
    expect(nextYear.length).toBe(350);
    expect(nextYear.filter((l) => l[column("case_type")] === "foster_care").length).toBe(210);
    expect(nextYear.every((l) => l[column("baseline_sample")] === "")).toBe(true);
    // Permanency items 4-11 are NA on every in-home case.
    const permanency = ["item_04", "item_05", "item_06", "item_07", "item_08", "item_09", "item_10", "item_11"].map(column);
    expect(rows.filter((l) => l[column("case_type")] === "in_home").every((l) => permanency.every((c) => l[c] === "NA"))).toBe(true);
  });

  it("loads cleanly: every row of every file passes ingest", async () => {
    const dir = temporaryDirectory();
    const result = await ingest({ inputs: ["data/demo"], warehouse: join(dir, "w.duckdb") });
    expect(result.problems.map((p) => p.reason)).toEqual([]);
    expect(result.summaries.every((s) => s.rejected === 0)).toBe(true);
  });
});
