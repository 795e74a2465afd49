// Grand Rounds' three questions are written from the review's own numbers, each with its n.
import { describe, expect, it } from "vitest";
import { discussionQuestions, type DiscussionInput } from "../../src/datasets/qsrDiscussion.ts";

const indicator = (indicator: string, indicatorLabel: string, acceptable: number, rated: number, domain = "practice") => ({ indicator, indicatorLabel, domain, overall: false, acceptable, rated, share: rated > 0 ? acceptable / rated : null });

const review: DiscussionInput = {
  cases: 12,
  indicators: [indicator("practice_teamwork", "Teamwork", 3, 12), indicator("practice_engagement", "Engagement", 9, 12), indicator("practice_planning", "Planning", 0, 0), indicator("status_safety", "Safety", 1, 12, "status")],
  changes: [
    { indicatorLabel: "Engagement", fromShare: 0.25, toShare: 0.75, changed: true, difference: 0.5, fromReviewDate: "2024-03-04" },
    { indicatorLabel: "Teamwork", fromShare: 0.5, toShare: 0.25, changed: false, difference: -0.25, fromReviewDate: "2024-03-04" },
  ],
  versusCounty: [],
  themes: [{ theme: "Waiting lists for child therapy run past 60 days", categoryLabel: "Mental health services", cases: 5 }, { theme: "Court continuances delay permanency hearings", categoryLabel: "Courts", cases: 2 }],
  previousSteps: [],
};

describe("the discussion questions", () => {
  it("start from the weakest practice indicator, the real change, and the theme most cases raised", () => {
    expect(discussionQuestions(review)).toEqual([
      "Teamwork was acceptable in 3 of 12 cases (25%), the lowest practice rating. What did the reviewers see in the 9 cases where it fell short, and what would change it?",
      "Engagement rose from 25% to 75% since the review of 2024-03-04, more than chance explains. What changed in the office's practice?",
      '"Waiting lists for child therapy run past 60 days" came up in 5 of 12 cases (mental health services). Who outside the office has to be at the table to act on it?',
    ]);
  });

  it("fall back to a real difference from the county, then to a plain question, and to the last Sum-Up's steps", () => {
    const noChange = { ...review, changes: [], versusCounty: [{ indicator: "practice_teamwork", officeShare: 0.25, restShare: 0.6, differs: true, difference: -0.35 }] };
    expect(discussionQuestions(noChange)[1]).toBe("Teamwork was 25% acceptable, below the rest of the county's 60% by more than chance explains. What does this office do differently?");
    expect(discussionQuestions({ ...noChange, versusCounty: [] })[1]).toContain("No rating changed since the last review");
    const steps = { ...review, themes: [], previousSteps: [{ step: "a", status: "done" }, { step: "b", status: "not_started" }, { step: "c", status: "dropped" }] };
    expect(discussionQuestions(steps)[2]).toBe("2 of the 3 steps agreed at the last Sum-Up were not done. What stood in the way?");
  });

  it("carry no count or share in public mode", () => {
    for (const question of discussionQuestions(review, { withCounts: false })) expect(question).not.toMatch(/\d+ of \d+|\d+%/);
    expect(discussionQuestions(review, { withCounts: false })).toHaveLength(3);
  });
});
