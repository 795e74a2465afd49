import { describe, expect, it } from "vitest";
import { latestReviewRows } from "../../src/datasets/qsrShares.ts";

const row = (office: string, reviewId: string, reviewDate: string, indicator = "practice_overall") => ({
  reviewId,
  office,
  reviewDate,
  fiscalYear: "FY",
  indicator,
  acceptable: 1,
  rated: 2,
  share: 0.5,
  low: 0.1,
  high: 0.9,
});

describe("qsr-latest-shares", () => {
  it("keeps every indicator row of each office's latest review and nothing of earlier ones", () => {
    const rows = [row("A", "a1", "2024-03-01"), row("A", "a1", "2024-03-01", "status_overall"), row("A", "a2", "2025-03-01"), row("A", "a2", "2025-03-01", "status_overall"), row("B", "b1", "2023-01-01")];
    expect(latestReviewRows(rows).map((r) => `${r.reviewId} ${r.indicator}`)).toEqual(["a2 practice_overall", "a2 status_overall", "b1 practice_overall"]);
  });

  it("takes the greater review id of two reviews on the same date, whichever comes first", () => {
    expect(latestReviewRows([row("A", "a2", "2025-03-01"), row("A", "a1", "2025-03-01")]).map((r) => r.reviewId)).toEqual(["a2"]);
    expect(latestReviewRows([row("A", "a1", "2025-03-01"), row("A", "a2", "2025-03-01")]).map((r) => r.reviewId)).toEqual(["a2"]);
  });

  it("is empty with no review", () => {
    expect(latestReviewRows([])).toEqual([]);
  });
});
