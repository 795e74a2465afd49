// qsr-indicators on a hand-made fixture of two offices and three reviews, checked against
// numbers worked by hand.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../loaders/ingest.ts";
import { computeDataset } from "../../src/datasets/print.ts";
import { QSR_HEADER, csvOf, qsrCells, temporaryDirectory, writeFile } from "../helpers.ts";

let warehouse: string;

beforeAll(async () => {
  const dir = temporaryDirectory();
  // North, 2024-03-04: five cases, status_safety rated 6, 5, 4, 3, NA; practice_teamwork NA on all.
  const north = [
    { case_id: "N1-0001", status_safety: "6" },
    { case_id: "N1-0002", status_safety: "5" },
    { case_id: "N1-0003", status_safety: "4" },
    { case_id: "N1-0004", status_safety: "3" },
    { case_id: "N1-0005", status_safety: "NA" },
  ].map((c) => qsrCells({ review_id: "N-2024", office: "North", review_date: "2024-03-04", practice_teamwork: "NA", ...c }));
  // North again in 2025, and South once: a review of one case rated 2 on safety.
  const north2025 = [qsrCells({ review_id: "N-2025", office: "North", review_date: "2025-03-03", case_id: "N2-0001", status_safety: "4" })];
  const south = [qsrCells({ review_id: "S-2024", office: "South", review_date: "2024-05-06", case_id: "S1-0001", status_safety: "2" })];
  const file = writeFile(dir, "qsr.csv", csvOf(QSR_HEADER, [...north, ...north2025, ...south]));
  warehouse = join(dir, "w.duckdb");
  const result = await ingest({ inputs: [file], warehouse });
  expect(result.written).toBe(true);
});

describe("qsr-indicators", () => {
  it("has one row per review and indicator", async () => {
    const rows = await computeDataset("qsr-indicators", warehouse);
    expect(rows).toHaveLength(3 * 21);
  });

  it("counts each rating, leaves NA out of the denominator, and gives the Wilson interval", async () => {
    const rows = await computeDataset("qsr-indicators", warehouse);
    const safety = rows.find((r) => r.reviewId === "N-2024" && r.indicator === "status_safety")!;
    expect(safety).toMatchObject({
      office: "North",
      reviewDate: "2024-03-04",
      counts: { "1": 0, "2": 0, "3": 1, "4": 1, "5": 1, "6": 1 },
      notApplicable: 1,
      rated: 4,
      acceptable: 3,
      share: 0.75,
    });
    // By hand, z = 1.96: centre (0.75 + 0.4802) / 1.9604 = 0.6275; half-width
    // (1.96 / 1.9604) * sqrt(0.75 * 0.25 / 4 + 3.8415 / 64) = 0.3268 -> 0.3006 to 0.9544.
    expect(safety.low as number).toBeCloseTo(0.3006, 3);
    expect(safety.high as number).toBeCloseTo(0.9544, 3);
  });

  it("says why when an indicator was rated NA in every case, instead of a NaN", async () => {
    const rows = await computeDataset("qsr-indicators", warehouse);
    const teamwork = rows.find((r) => r.reviewId === "N-2024" && r.indicator === "practice_teamwork")!;
    expect(teamwork).toMatchObject({ rated: 0, acceptable: 0, notApplicable: 5, share: null, low: null, high: null });
    expect(teamwork.reason).toMatch(/no case was rated/);
  });

  it("handles a review of one case", async () => {
    const rows = await computeDataset("qsr-indicators", warehouse);
    const south = rows.find((r) => r.reviewId === "S-2024" && r.indicator === "status_safety")!;
    expect(south).toMatchObject({ rated: 1, acceptable: 0, share: 0, low: 0 });
    // Wilson for 0 of 1: high = z^2 / (1 + z^2) = 3.8415 / 4.8415 = 0.7935.
    expect(south.high as number).toBeCloseTo(0.7935, 3);
  });

  it("sums the county over the fiscal year (July-June)", async () => {
    const rows = await computeDataset("qsr-county-indicators", warehouse);
    const fy = rows.find((r) => r.period === "FY 2023-24" && r.indicator === "status_safety")!;
    expect(fy).toMatchObject({ reviews: 2, rated: 5, acceptable: 3, share: 0.6 });
    const all = rows.find((r) => r.period === "All years" && r.indicator === "status_safety")!;
    expect(all).toMatchObject({ reviews: 3, rated: 6, acceptable: 4 });
  });
});
