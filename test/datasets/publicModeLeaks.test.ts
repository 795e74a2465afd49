// In public mode no published number lets a reader compute a count from 1 to 10. Every
// dataset of the demo is computed in public mode and searched (test/publicLeaks.ts) for each
// arithmetic way back to a small count, within rows and from totals minus their parts.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../loaders/ingest.ts";
import { DATASETS } from "../../src/datasets/registry.ts";
import { computeDataset } from "../../src/datasets/print.ts";
import { temporaryDirectory } from "../helpers.ts";
import { leaksIn, totalLeaks } from "../publicLeaks.ts";

let datasets: Record<string, Record<string, unknown>[]> = {};
const saved = process.env.CRD_PUBLIC;

beforeAll(async () => {
  const warehouse = join(temporaryDirectory(), "w.duckdb");
  expect((await ingest({ inputs: ["data/demo"], warehouse })).written).toBe(true);
  process.env.CRD_PUBLIC = "1";
  for (const { name } of DATASETS) datasets[name] = (await computeDataset(name, warehouse)) as Record<string, unknown>[];
}, 120_000);

afterAll(() => {
  if (saved === undefined) delete process.env.CRD_PUBLIC;
  else process.env.CRD_PUBLIC = saved;
  datasets = {};
});

describe("public mode", () => {
  it.each(DATASETS.map((d) => d.name))("%s: no row gives a count of 1 to 10 back", (name) => {
    const found: string[] = [];
    leaksIn(datasets[name], name, found);
    expect(found.slice(0, 10)).toEqual([]);
  });

  it("OSRI results by region, case type and metro: no state total minus published groups gives a masked group back", () => {
    const found: string[] = [];
    for (const name of ["osri-item-results", "osri-outcome-results"]) {
      const blocks = new Map<string, Record<string, unknown>[]>();
      for (const row of datasets[name]) {
        const key = `${row.item ?? row.outcome} ${row.period}`;
        blocks.set(key, [...(blocks.get(key) ?? []), row]);
      }
      for (const [key, rows] of blocks) {
        const state = rows.find((r) => r.grouping === "state")!;
        for (const grouping of ["region", "caseType", "metro"]) {
          const groups = rows.filter((r) => r.grouping === grouping);
          for (const field of ["n", "achieved"]) totalLeaks(state[field] as number | null, groups.map((g) => g[field] as number | null), `${name} ${key} ${grouping} ${field}`, found);
        }
      }
    }
    expect(found.slice(0, 10)).toEqual([]);
  });

  it("QSR: no county total of a fiscal year minus the published reviews gives a masked review back", () => {
    const found: string[] = [];
    for (const total of datasets["qsr-county-indicators"].filter((r) => String(r.period).startsWith("FY"))) {
      const reviews = datasets["qsr-shares"].filter((r) => r.fiscalYear === total.period && r.indicator === total.indicator);
      for (const field of ["rated", "acceptable"]) totalLeaks(total[field] as number | null, reviews.map((r) => r[field] as number | null), `${total.period} ${total.indicator} ${field}`, found);
    }
    expect(found.slice(0, 10)).toEqual([]);
  });

  it("still publishes what is safe: the PIP's larger counts and the state's totals", () => {
    expect(datasets["osri-item-quarters"].some((r) => typeof r.applicable === "number" && (r.applicable as number) > 10)).toBe(true);
    expect(datasets["qsr-county-indicators"].some((r) => typeof r.share === "number")).toBe(true);
  });
});
