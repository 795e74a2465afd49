// The pages' reshaping verbs (reports/components/reshape.js): they only lay out rows a dataset
// holds, never change a number.
import { describe, expect, it } from "vitest";
// @ts-expect-error the site's components are plain JavaScript
import { gridCells, oneReview, smallMultiples, statusAgainstPractice, whereIn } from "../../reports/components/reshape.js";

const share = (reviewId: string, office: string, indicator: string, share: number | null, rated: number) => ({ reviewId, office, reviewDate: "2025-01-06", indicator, share, rated, acceptable: share === null ? 0 : Math.round(share * rated) });

describe("reshaping for the pages", () => {
  it("puts each review's overall status and practice side by side, leaving out a review missing one", () => {
    const rows = [share("A", "Northgate", "status_overall", 0.5, 12), share("A", "Northgate", "practice_overall", 0.25, 12), share("A", "Northgate", "practice_teamwork", 0.1, 12), share("B", "Bayfront", "status_overall", 0.7, 10), share("B", "Bayfront", "practice_overall", null, 0)];
    expect(statusAgainstPractice(rows)).toEqual([{ reviewId: "A", office: "Northgate", reviewDate: "2025-01-06", status: 0.5, practice: 0.25, statusN: 12, practiceN: 12 }]);
  });

  it("lays a share table out as grid cells of the offices shown", () => {
    const rows = [share("A", "Northgate", "practice_teamwork", 0.5, 12), share("B", "Bayfront", "practice_teamwork", 0.25, 8)];
    const cells = gridCells(rows, { labels: new Map([["practice_teamwork", "Teamwork"]]), column: "office", columns: ["Bayfront"] });
    expect(cells).toEqual([{ ...rows[1], group: "Teamwork", period: "Bayfront", n: 8 }]);
  });

  it("places offices in small multiples four to a row, in the order they come", () => {
    const rows = ["Northgate", "Bayfront", "Cedar Park", "Eastfield", "Foothill"].map((office, i) => share(`R${i}`, office, "practice_overall", 0.5, 12));
    const { rows: placed, offices } = smallMultiples(rows, { indicator: "practice_overall", offices: ["Northgate", "Bayfront", "Cedar Park", "Eastfield", "Foothill"] });
    expect(offices).toBe(5);
    expect(placed.map((d: { office: string; column: number; row: number }) => [d.office, d.column, d.row])).toEqual([["Northgate", 0, 0], ["Bayfront", 1, 0], ["Cedar Park", 2, 0], ["Eastfield", 3, 0], ["Foothill", 0, 1]]);
    expect(placed[0].date).toEqual(new Date("2025-01-06T00:00:00Z"));
  });

  it("selects one review's rows, keyed by indicator too, and rows by a set of values", () => {
    const rows = [share("A", "Northgate", "practice_teamwork", 0.5, 12), share("B", "Northgate", "practice_teamwork", 0.25, 12)];
    const { rows: selected, byIndicator } = oneReview(rows, "B");
    expect(selected).toEqual([rows[1]]);
    expect(byIndicator.get("practice_teamwork")).toEqual(rows[1]);
    expect(whereIn(rows, "reviewId", new Set(["A"]))).toEqual([rows[0]]);
  });
});
