// A county's submissions close its cycle's steps, whichever cycle the state runs: the
// five-year cycle's yearly SIP updates are sip_update_1 ... sip_update_4 (issue: they were
// refused at ingest, so the calendar called them overdue for ever).
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ingest } from "../../loaders/ingest.ts";
import { formatProblem } from "../../loaders/problem.ts";
import { CYCLES, cycleSteps, type CycleName } from "../../src/ccfsr/cycle.ts";
import { computeDataset } from "../../src/datasets/print.ts";
import { CYCLE_STEPS } from "../../src/schemas/ccfsrReference.ts";
import { temporaryDirectory, writeFile } from "../helpers.ts";

afterEach(() => {
  delete process.env.CRD_CYCLE;
});

describe("cycle submissions", () => {
  it.each(Object.keys(CYCLES) as CycleName[])("accept every step a county submits in the %s cycle", (cycle) => {
    const countySteps = cycleSteps("2020-01-10", cycle, new Set(), new Map()).filter((s) => s.kind === "county").map((s) => s.step);
    expect(countySteps.length).toBeGreaterThan(5);
    for (const step of countySteps) expect(Object.keys(CYCLE_STEPS)).toContain(step);
  });

  it("close the five-year cycle's second written update when it is submitted, and leave the third overdue", async () => {
    const dir = temporaryDirectory();
    writeFile(dir, "pqcr-events.csv", "county,pqcr_start,pqcr_end,focus_area\nAlder,2020-01-06,2020-01-10,Reunification\n");
    writeFile(dir, "cycle-submissions.csv", "county,pqcr_end,step,submitted\nAlder,2020-01-10,sip_update_1,2022-02-01\nAlder,2020-01-10,SIP update 2,2023-01-20\n");
    const warehouse = join(dir, "w.duckdb");
    const result = await ingest({ inputs: [dir], warehouse });
    expect(result.problems.map(formatProblem)).toEqual([]);
    process.env.CRD_CYCLE = "five-year";
    const calendar = await computeDataset("ccfsr-calendar", warehouse);
    const flag = (step: string) => calendar.find((r) => r.step === step)?.flag;
    // SIP due 2021-01-10 (PQCR end + 2 months + 6 + 4 months); updates a year apart from it.
    expect(calendar.find((r) => r.step === "sip_update_2")).toMatchObject({ due: "2023-01-10", submitted: "2023-01-20", flag: "submitted" });
    expect(flag("sip_update_1")).toBe("submitted");
    expect(flag("sip_update_3")).toBe("overdue");
  });
});
