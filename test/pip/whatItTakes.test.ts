import { describe, expect, it } from "vitest";
import { whatItTakes } from "../../src/pip/whatItTakes.ts";

describe("what it takes next quarter", () => {
  it("counts the Strengths the new cases need, given the findings that stay", () => {
    // (20 + k) / (40 + 20) >= 0.6 -> k >= 16
    expect(whatItTakes({ goal: 0.6, stayingApplicable: 40, stayingStrengths: 20, expectedApplicable: 20, minimumCases: 50 })).toMatchObject({ strengthsNeeded: 16, reachable: true });
  });

  it("needs exactly the goal, not one more, when the goal is a whole number of cases", () => {
    expect(whatItTakes({ goal: 0.5, stayingApplicable: 10, stayingStrengths: 5, expectedApplicable: 10, minimumCases: 0 }).strengthsNeeded).toBe(5);
  });

  it("needs none when the staying findings already reach the goal", () => {
    expect(whatItTakes({ goal: 0.5, stayingApplicable: 40, stayingStrengths: 35, expectedApplicable: 10, minimumCases: 0 }).strengthsNeeded).toBe(0);
  });

  it("says when the goal cannot be reached next quarter", () => {
    const take = whatItTakes({ goal: 0.9, stayingApplicable: 40, stayingStrengths: 20, expectedApplicable: 10, minimumCases: 0 });
    expect(take).toMatchObject({ strengthsNeeded: 25, reachable: false });
    expect(take.reason).toContain("cannot be reached next quarter");
  });

  it("warns when the next window would fall short of the -2% minimum", () => {
    const take = whatItTakes({ goal: 0.5, stayingApplicable: 30, stayingStrengths: 20, expectedApplicable: 10, minimumCases: 49 });
    expect(take.reachable).toBe(false);
    expect(take.reason).toContain("-2% tolerance");
  });
});
