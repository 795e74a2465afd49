import { readFileSync, readdirSync } from "node:fs";
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
    const committed = Object.fromEntries(readdirSync("data/demo").map((name) => [name, readFileSync(join("data/demo", name), "utf8")]));
    const through = JSON.parse(committed["dataset.json"]).description.match(/data through (\d{4}-\d{2}-\d{2})/)[1];
    expect(demoFiles(1, through)).toEqual(committed);
  });

  it("ends at the latest full quarter", () => {
    expect(latestFullQuarter("2026-11-23")).toBe("2026-09-30");
    expect(latestFullQuarter("2026-01-01")).toBe("2025-12-31");
    expect(latestFullQuarter("2026-03-31")).toBe("2026-03-31");
  });

  it("follows seed 004's schedule: 280 baseline cases (112 in-home + 168 foster care), 350 a year after", async () => {
    const lines = demoFiles(1, "2021-06-30")["osri-cases.csv"].trim().split("\n").slice(1).map((l) => l.split(","));
    const baseline = lines.filter((l) => l[1] <= "2020-06-30");
    const nextYear = lines.filter((l) => l[1] >= "2020-07-01" && l[1] <= "2021-06-30");
    expect(baseline.length).toBe(280);
    expect(baseline.filter((l) => l[5] === "in_home").length).toBe(112);
    expect(nextYear.length).toBe(350);
    expect(nextYear.filter((l) => l[5] === "foster_care").length).toBe(210);
    // Permanency items 4-11 are NA on every in-home case.
    expect(lines.filter((l) => l[5] === "in_home").every((l) => l.slice(9, 17).every((r) => r === "NA"))).toBe(true);
  });

  it("loads cleanly: every row of every file passes ingest", async () => {
    const dir = temporaryDirectory();
    const result = await ingest({ inputs: ["data/demo"], warehouse: join(dir, "w.duckdb") });
    expect(result.problems.map((p) => p.reason)).toEqual([]);
    expect(result.summaries.every((s) => s.rejected === 0)).toBe(true);
  });
});
