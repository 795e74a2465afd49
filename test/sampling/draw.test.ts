// The random draw: review cases first in the seed's order, within the worker cap; the rest
// the oversample list; worksheet eliminations replaced by the next case of the same type.
import { describe, expect, it } from "vitest";
import { drawSample, WorksheetProblem } from "../../src/sampling/draw.ts";
import type { FrameCase } from "../../src/sampling/frames.ts";

const cases = (type: "foster_care" | "in_home", n: number, worker = (i: number) => `W-${i}`): FrameCase[] =>
  Array.from({ length: n }, (_, i) => ({ caseId: `${type === "foster_care" ? "FC" : "IH"}-${String(i + 1).padStart(3, "0")}`, caseType: type, county: "Capital", workerKey: worker(i) }));
const options = { seed: 7, reviewCases: { foster_care: 15, in_home: 10 }, baselineCases: null, workerCap: 3, worksheet: [] };

describe("drawing a monthly sample", () => {
  it("takes 15 foster care and 10 in-home review cases, the rest on the oversample list in order", () => {
    const { rows, shortfall } = drawSample({ foster_care: cases("foster_care", 40), in_home: cases("in_home", 30) }, options);
    expect(rows.filter((r) => r.caseType === "foster_care" && r.role === "review")).toHaveLength(15);
    expect(rows.filter((r) => r.caseType === "in_home" && r.role === "review")).toHaveLength(10);
    expect(rows.filter((r) => r.caseType === "foster_care").map((r) => r.order)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    // The review cases are the first 15 of the random order when no worker is over the cap.
    expect(rows.filter((r) => r.caseType === "foster_care").slice(0, 15).every((r) => r.role === "review")).toBe(true);
    expect(shortfall).toEqual({ foster_care: 0, in_home: 0 });
  });

  it("is the same for the same seed whatever order the frame came in, and another for another seed", () => {
    const frame = { foster_care: cases("foster_care", 40), in_home: cases("in_home", 30) };
    const a = drawSample(frame, options).rows.map((r) => r.caseId);
    const reversed = drawSample({ foster_care: [...frame.foster_care].reverse(), in_home: [...frame.in_home].reverse() }, options).rows.map((r) => r.caseId);
    const other = drawSample(frame, { ...options, seed: 8 }).rows.map((r) => r.caseId);
    expect(reversed).toEqual(a);
    expect(other).not.toEqual(a);
    expect([...other].sort()).toEqual([...a].sort());
  });

  it("puts no more than 3 of one worker's cases among the review cases, counted across types", () => {
    // Worker W-BUSY carries 5 foster care cases and 2 in-home ones.
    const fc = cases("foster_care", 30, (i) => (i < 5 ? "W-BUSY" : `W-${i}`));
    const ih = cases("in_home", 20, (i) => (i < 2 ? "W-BUSY" : `W-${100 + i}`));
    const { rows } = drawSample({ foster_care: fc, in_home: ih }, { ...options, reviewCases: { foster_care: 30, in_home: 20 } });
    const busy = rows.filter((r) => r.workerKey === "W-BUSY" && r.role === "review");
    expect(busy).toHaveLength(3);
    expect(rows.filter((r) => r.workerKey === "W-BUSY" && r.role === "oversample")).toHaveLength(4);
  });

  it("takes the cap as a setting", () => {
    const fc = cases("foster_care", 30, (i) => (i < 5 ? "W-BUSY" : `W-${i}`));
    const { rows } = drawSample({ foster_care: fc, in_home: [] }, { ...options, reviewCases: { foster_care: 30, in_home: 0 }, workerCap: 2 });
    expect(rows.filter((r) => r.workerKey === "W-BUSY" && r.role === "review")).toHaveLength(2);
  });

  it("replaces a worksheet's eliminated review case by the next oversample case of the same type, which inherits its baseline mark", () => {
    const frame = { foster_care: cases("foster_care", 20), in_home: cases("in_home", 12) };
    const plain = drawSample(frame, { ...options, baselineCases: { foster_care: 12, in_home: 8 } });
    const firstReview = plain.rows.find((r) => r.caseType === "foster_care" && r.role === "review")!;
    const firstOversample = plain.rows.find((r) => r.caseType === "foster_care" && r.role === "oversample")!;
    const secondOversample = plain.rows.filter((r) => r.caseType === "foster_care" && r.role === "oversample")[1];
    const worksheet = [
      { caseId: firstOversample.caseId, reasonCode: "opened_in_error", note: "" },
      { caseId: firstReview.caseId, reasonCode: "fc_trial_home_visit", note: "home all year" },
    ];
    const { rows, replacements } = drawSample(frame, { ...options, baselineCases: { foster_care: 12, in_home: 8 }, worksheet });
    const byId = new Map(rows.map((r) => [r.caseId, r]));
    // The first oversample case is itself eliminated, so the second takes the review case's place.
    expect(byId.get(firstReview.caseId)).toMatchObject({ role: "review", eliminated: "fc_trial_home_visit", replacedBy: secondOversample.caseId });
    expect(byId.get(secondOversample.caseId)).toMatchObject({ role: "review", replaces: firstReview.caseId, baselineSample: firstReview.baselineSample });
    expect(byId.get(firstOversample.caseId)).toMatchObject({ role: "oversample", eliminated: "opened_in_error", replacedBy: null });
    expect(replacements.map((r) => r.replacedBy)).toEqual([null, secondOversample.caseId]);
    // Still 15 foster care review cases, and 12 of them the baseline.
    const review = rows.filter((r) => r.caseType === "foster_care" && r.role === "review" && r.eliminated === null);
    expect(review).toHaveLength(15);
    expect(review.filter((r) => r.baselineSample)).toHaveLength(12);
  });

  it("refuses a worksheet case that is not in the sample", () => {
    expect(() => drawSample({ foster_care: cases("foster_care", 5), in_home: [] }, { ...options, worksheet: [{ caseId: "FC-999", reasonCode: "opened_in_error", note: "" }] })).toThrow(WorksheetProblem);
  });

  it("says how many review cases a small frame could not give", () => {
    expect(drawSample({ foster_care: cases("foster_care", 9), in_home: cases("in_home", 10) }, options).shortfall).toEqual({ foster_care: 6, in_home: 0 });
  });
});
