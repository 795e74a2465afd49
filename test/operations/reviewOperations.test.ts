// QA deadlines and concern response times (seed 004): finalized "within 60 days from the date
// of the case review", de-identified "within 14 days" after; Safety Issues answered within 24
// hours, the other nine types within 10 days. Judged as of CRD_AS_OF.
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ingest } from "../../loaders/ingest.ts";
import { formatProblem } from "../../loaders/problem.ts";
import { computeDataset } from "../../src/datasets/print.ts";
import { stepStanding } from "../../src/datasets/reviewOperations.ts";
import { checkRow } from "../../src/schemas/inputKind.ts";
import { reviewConcerns, reviewQa } from "../../src/schemas/reviewOperations.ts";
import { temporaryDirectory, writeFile } from "../helpers.ts";

const saved = process.env.CRD_AS_OF;
afterEach(() => {
  process.env.CRD_AS_OF = saved;
});

describe("a step with a deadline", () => {
  it("is on time on its last day, late after, overdue once its deadline has passed undone, pending until then", () => {
    expect(stepStanding("2024-03-01", "2024-03-01", "2024-06-01")).toBe("on time");
    expect(stepStanding("2024-03-02", "2024-03-01", "2024-06-01")).toBe("late");
    expect(stepStanding(null, "2024-03-01", "2024-03-02")).toBe("overdue");
    expect(stepStanding(null, "2024-03-01", "2024-03-01")).toBe("pending");
  });
});

describe("review-qa and review-concerns rows", () => {
  it("refuse a QA step before the review, and a case de-identified before it is finalized", () => {
    const qa = (o: Record<string, string>) => checkRow(reviewQa, { case_id: "OS-0001", region: "3S", review_date: "2024-09-17", first_qa: "", second_qa: "", cb_oversight: "", finalized: "", deidentified: "", ...o });
    expect(qa({ first_qa: "2024-09-16" })).toMatchObject({ ok: false, problems: [{ column: "first_qa", reason: "2024-09-16 is before the review date 2024-09-17" }] });
    expect(qa({ deidentified: "2024-11-01" })).toMatchObject({ ok: false, problems: [{ column: "deidentified" }] });
    expect(qa({ finalized: "2024-11-01", deidentified: "2024-10-30" })).toMatchObject({ ok: false });
    expect(qa({ finalized: "11/1/2024" }).ok).toBe(true);
    expect(checkRow(reviewConcerns, { concern_id: "CN-1", region: "3S", review_date: "2024-09-17", type: "Safety Issues", reported: "2024-09-18", response: "" })).toMatchObject({ ok: true, value: { type: "safety_issue", response: null } });
  });
});

describe("qa-timeliness and concern-timeliness", () => {
  it("count each review's and each concern's deadline, for the region and the state, as of CRD_AS_OF", async () => {
    const dir = temporaryDirectory();
    writeFile(dir, "qa.csv", [
      "case_id,region,review_date,first_qa,second_qa,cb_oversight,finalized,deidentified",
      "OS-0001,3S,2024-09-02,,,,2024-11-01,2024-11-15", // day 60, then 14 days: both on time
      "OS-0002,3S,2024-09-02,,,,2024-11-02,2024-11-30", // day 61: late; de-identified late
      "OS-0003,3S,2024-09-20,,,,,", // due 2024-11-19, not done by 2024-11-25: overdue
      "OS-0004,3S,2024-09-30,,,,,", // due 2024-11-29: pending
      "OS-0005,1N,2024-09-05,,,,2024-10-20,", // de-identify due 2024-11-03: overdue
    ].join("\n") + "\n");
    writeFile(dir, "concerns.csv", [
      "concern_id,region,review_date,type,reported,response",
      "CN-0001,3S,2024-09-02,safety_issue,2024-09-03,2024-09-04", // next day: within 24 hours
      "CN-0002,3S,2024-09-02,safety_issue,2024-09-03,2024-09-05", // two days: late
      "CN-0003,3S,2024-09-02,runaway,2024-09-03,2024-09-13", // tenth day: on time
      "CN-0004,1N,2024-09-05,runaway,2024-11-10,", // due 2024-11-20: overdue by 2024-11-25
    ].join("\n") + "\n");
    const warehouse = join(dir, "w.duckdb");
    const result = await ingest({ inputs: [dir], warehouse });
    expect(result.problems.map(formatProblem)).toEqual([]);
    process.env.CRD_AS_OF = "2024-11-25";
    const qa = await computeDataset("qa-timeliness", warehouse);
    const region3S = qa.find((r) => r.grouping === "region" && r.group === "3S" && r.reviewMonth === "2024-09")!;
    expect(region3S).toMatchObject({ cases: 4, finalizedOnTime: 1, finalizedLate: 1, finalizeOverdue: 1, finalizePending: 1, finalizeDue: 3, deidentifiedOnTime: 1, deidentifiedLate: 1, deidentifyDue: 2 });
    expect(region3S.finalizedShare).toBeCloseTo(1 / 3, 10);
    const state = qa.find((r) => r.grouping === "state" && r.reviewMonth === "2024-09")!;
    expect(state).toMatchObject({ cases: 5, finalizedOnTime: 2, deidentifyOverdue: 1, asOf: "2024-11-25" });
    const concerns = await computeDataset("concern-timeliness", warehouse);
    expect(concerns.find((r) => r.type === "safety_issue" && r.grouping === "region")).toMatchObject({ group: "3S", reported: 2, answeredOnTime: 1, answeredLate: 1, onTimeShare: 0.5, responseDays: 1 });
    expect(concerns.find((r) => r.type === "runaway" && r.grouping === "state")).toMatchObject({ reported: 2, answeredOnTime: 1, overdue: 1, onTimeShare: 0.5 });
  });

  it("say why a share cannot be computed, for each deadline on its own", async () => {
    const dir = temporaryDirectory();
    writeFile(dir, "qa.csv", [
      "case_id,region,review_date,first_qa,second_qa,cb_oversight,finalized,deidentified",
      "OS-0006,2W,2024-08-01,,,,,", // finalize due 2024-09-30, overdue; never finalized, so nothing to de-identify yet
      "OS-0007,2W,2024-10-20,,,,,", // finalize due 2024-12-19: pending, so neither share exists
    ].join("\n") + "\n");
    const warehouse = join(dir, "w.duckdb");
    expect((await ingest({ inputs: [dir], warehouse })).problems.map(formatProblem)).toEqual([]);
    process.env.CRD_AS_OF = "2024-11-25";
    const qa = (await computeDataset("qa-timeliness", warehouse)).filter((r) => r.grouping === "region");
    const august = qa.find((r) => r.reviewMonth === "2024-08")!;
    expect(august).toMatchObject({ finalizeDue: 1, finalizedShare: 0, deidentifyDue: 0, deidentifiedShare: null, deidentifiedLow: null });
    expect(august.deidentifiedReason).toBe("no finalized case of this month is due to be de-identified yet");
    expect(august.reason).toBeUndefined();
    const october = qa.find((r) => r.reviewMonth === "2024-10")!;
    expect(october).toMatchObject({ finalizedShare: null, deidentifiedShare: null, reason: "no case of this month is due to be finalized yet" });
    expect(october.deidentifiedReason).toBeDefined();
  });
});
