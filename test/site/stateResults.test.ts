// The case review results page's first chart, which the build also draws into the page: the
// state's share by review year against the line the measure is read by (domain.md: "an outcome
// is in substantial conformity when at least 95% of applicable cases are Substantially Achieved;
// an item is an overall strength when at least 90% of applicable cases are rated Strength").
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
// @ts-expect-error the site's components are plain JavaScript
import { firstStateResults, resultRows, withLine } from "../../reports/components/stateResults.js";

const outcome = { file: "outcome-S1", kind: "outcome", key: "S1", label: "Outcome S1: children are protected from abuse and neglect" };
const item = { file: "item-1", kind: "item", key: "1", label: "Item 1: timeliness of initiating investigations" };
const row = (over: Record<string, unknown>) => ({ grouping: "state", group: "State", period: "2023-24", periodStart: "2023-07-01", partial: false, n: 80, achieved: 70, performance: 0.875, substantiallyAchieved: 0.875, low: 0.78, high: 0.93, ...over });

describe("the case review results' state chart", () => {
  it("reads an outcome against 95% and an item against 90%", () => {
    expect(withLine(outcome)).toMatchObject({ line: 0.95, lineLabel: "95% substantial conformity" });
    expect(withLine(item)).toMatchObject({ line: 0.9, lineLabel: "90% strength" });
  });

  it("shows an item's performance and an outcome's Substantially Achieved share, and labels a year under way 'to date'", () => {
    const slice = { rows: [row({ performance: 0.5, substantiallyAchieved: 0.4 }), row({ period: "2024-25", partial: true })] };
    expect(resultRows(slice, withLine(item)).map((d: { share: number }) => d.share)).toEqual([0.5, 0.875]);
    const [complete, underWay] = resultRows(slice, withLine(outcome));
    expect([complete.share, complete.period, underWay.period]).toEqual([0.4, "2023-24", "2024-25 (to date)"]);
  });

  it("draws the first choice's state rows only, and refuses a slice of another measure", () => {
    const { document } = new JSDOM("").window;
    const slice = { ...outcome, rows: [row({}), row({ period: "2024-25", periodStart: "2024-07-01" }), row({ grouping: "region", group: "North" })] };
    const svg = firstStateResults({ choices: [outcome, item], slice }, { width: 1000, document });
    expect(svg.getAttribute("aria-label")).toBe(`${outcome.label}, state, by review year`);
    expect(svg.querySelectorAll("circle")).toHaveLength(2);
    expect(svg.textContent).toContain("95% substantial conformity");
    // The line ends with room for its label (26 characters of 10 px type) before the right edge: it was cut at "95% substantial conf".
    const rule = svg.querySelector('g[aria-label="rule"] line')!;
    expect(1000 - Number(rule.getAttribute("x2"))).toBeGreaterThanOrEqual(26 * 6);
    expect(() => firstStateResults({ choices: [item, outcome], slice }, { width: 1000, document })).toThrow(/first results choice is item-1/);
  });
});
