// qsr-changes, qsr-office-vs-county, qsr-reviews and qsr-offices on a hand-made county:
// two offices, three reviews, and an office that closed.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../loaders/ingest.ts";
import { formatProblem } from "../../loaders/problem.ts";
import { computeDataset } from "../../src/datasets/print.ts";
import { newcombeDifference } from "../../src/stats/newcombe.ts";
import { QSR_HEADER, csvOf, qsrCells, temporaryDirectory, writeFile } from "../helpers.ts";

const OFFICES = "office,opened,closed,successor\nNorth,2010-07-01,,\nSouth,2010-07-01,,\nMesa,2010-07-01,2022-12-31,North\n";

function review(reviewId: string, office: string, date: string, engagement: string[]) {
  return engagement.map((rating, i) => qsrCells({ review_id: reviewId, office, review_date: date, case_id: `${reviewId}-${String(i + 1).padStart(2, "0")}`, practice_engagement: rating }));
}

let warehouse: string;

beforeAll(async () => {
  const dir = temporaryDirectory();
  writeFile(dir, "offices.csv", OFFICES);
  const rows = [
    // North 2023: engagement acceptable in 2 of 6; North 2024: 6 of 6.
    ...review("N-2023", "North", "2023-09-04", ["2", "3", "3", "1", "4", "5"]),
    ...review("N-2024", "North", "2024-09-02", ["4", "5", "6", "4", "5", "4"]),
    // South 2024 (same fiscal year as North 2024): 3 of 6.
    ...review("S-2024", "South", "2024-10-07", ["4", "4", "4", "3", "2", "1"]),
    // Mesa reviewed in 2021, before it closed.
    ...review("M-2021", "Mesa", "2021-05-03", ["4", "4", "3", "3", "5", "2"]),
  ];
  writeFile(dir, "qsr.csv", csvOf(QSR_HEADER, rows));
  warehouse = join(dir, "w.duckdb");
  const result = await ingest({ inputs: [dir], warehouse });
  expect(result.problems.map(formatProblem)).toEqual([]);
});

describe("qsr-changes", () => {
  it("pairs each office's consecutive reviews and gives Newcombe's interval for the change", async () => {
    const changes = await computeDataset("qsr-changes", warehouse);
    const engagement = changes.filter((c) => c.indicator === "practice_engagement");
    expect(engagement.map((c) => [c.office, c.fromReviewId, c.toReviewId])).toEqual([["North", "N-2023", "N-2024"]]);
    const expected = newcombeDifference(2, 6, 6, 6)!;
    expect(engagement[0].difference as number).toBeCloseTo(4 / 6, 12);
    // The dataset takes z from the confidence setting (0.95), the reference from the constant: equal to 8 places.
    expect(engagement[0].low as number).toBeCloseTo(expected.low, 8);
    expect(engagement[0].high as number).toBeCloseTo(expected.high, 8);
    expect(engagement[0].direction).toBe("better");
    // 2 of 6 to 6 of 6 is a change even with six cases: the interval stays above zero.
    expect(engagement[0].changed).toBe(true);
  });

  it("does not call an equal share a change", async () => {
    const safety = (await computeDataset("qsr-changes", warehouse)).find((c) => c.indicator === "status_safety")!;
    expect(safety).toMatchObject({ difference: 0, changed: false, direction: null });
  });
});

describe("qsr-office-vs-county", () => {
  it("compares a review with the rest of the county in the same fiscal year", async () => {
    const rows = await computeDataset("qsr-office-vs-county", warehouse);
    const north = rows.find((r) => r.reviewId === "N-2024" && r.indicator === "practice_engagement")!;
    // FY 2024-25 holds N-2024 and S-2024: the rest of the county for North is South, 3 of 6.
    expect(north).toMatchObject({ fiscalYear: "FY 2024-25", officeAcceptable: 6, officeRated: 6, restAcceptable: 3, restRated: 6, restReviews: 1 });
    const alone = rows.find((r) => r.reviewId === "M-2021" && r.indicator === "practice_engagement")!;
    expect(alone).toMatchObject({ restRated: 0, restShare: null, difference: null, differs: false });
    expect(alone.reason).toContain("no other office");
  });
});

describe("qsr-reviews", () => {
  it("names strengths, challenges and the practice indicators whose change is real", async () => {
    const reviews = await computeDataset("qsr-reviews", warehouse);
    const north = reviews.find((r) => r.reviewId === "N-2024")!;
    expect(north).toMatchObject({ previousReviewId: "N-2023", cases: 6, fiscalYear: "FY 2024-25" });
    expect((north.practiceChanges as { indicator: string }[]).map((c) => c.indicator)).toEqual(["practice_engagement"]);
    const south = reviews.find((r) => r.reviewId === "S-2024")!;
    expect((south.challenges as { indicator: string }[])[0].indicator).toBe("practice_engagement");
  });
});

describe("offices over time", () => {
  it("lists every office with the dates it existed", async () => {
    const offices = await computeDataset("qsr-offices", warehouse);
    expect(offices.find((o) => o.office === "Mesa")).toMatchObject({ closed: "2022-12-31", successor: "North", reviews: 1, slug: "mesa" });
  });

  it("refuses a review of an office on a date it did not exist", async () => {
    const dir = temporaryDirectory();
    writeFile(dir, "offices.csv", OFFICES);
    writeFile(dir, "qsr.csv", csvOf(QSR_HEADER, review("M-2023", "Mesa", "2023-03-06", ["4"])));
    const result = await ingest({ inputs: [dir], warehouse: join(dir, "w.duckdb") });
    expect(result.problems.map(formatProblem)).toEqual([expect.stringMatching(/qsr\.csv, row 2, column review_date: 2023-03-06 is outside the dates office Mesa existed \(2010-07-01 to 2022-12-31\)/)]);
  });
});
