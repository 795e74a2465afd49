// The PIP update's every-item chart: each item's latest judged window with the interval of that
// window, never another's; an item with no judged window, or one masked in public mode, says so
// instead of drawing a dot at 0.
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
// @ts-expect-error the site's components are plain JavaScript
import { firstPipOverview, overviewText, pipOverviewRows } from "../../reports/components/pipOverview.js";

const item = (over: Record<string, unknown>) => ({
  item: 1, itemLabel: "Timeliness of initiating investigations", status: "on track", baseline: 0.8, adjustedGoal: 0.83,
  latestWindowEnd: "2023-03-31", latestPerformance: 0.82, latestApplicable: 90, ...over,
});
const window = (over: Record<string, unknown>) => ({ item: 1, windowEnd: "2023-03-31", low: 0.73, high: 0.88, ...over });

describe("the PIP update's every-item chart", () => {
  it("gives each item its latest judged window's share, n and the interval of that same window", () => {
    const [row] = pipOverviewRows([item({})], [window({ windowEnd: "2022-12-31", low: 0.5, high: 0.6 }), window({}), window({ item: 2, low: 0.1, high: 0.2 })]);
    expect(row).toMatchObject({ label: "1. Timeliness of initiating investigations", performance: 0.82, applicable: 90, low: 0.73, high: 0.88, baseline: 0.8, goal: 0.83 });
    expect(overviewText(row)).toBe("82% of 90 · on track");
  });

  it("says 'not yet measured' for an item with no judged window, and 'masked' for one masked in public mode", () => {
    const [unmeasured, masked] = pipOverviewRows(
      [item({ status: "not yet measured", latestWindowEnd: null, latestPerformance: null, latestApplicable: null }), item({ item: 2, latestPerformance: null, latestApplicable: null, masked: ["latestPerformance", "latestApplicable"] })],
      [window({}), window({ item: 2, low: null, high: null })],
    );
    expect([unmeasured.low, unmeasured.high]).toEqual([null, null]);
    expect(overviewText(unmeasured)).toBe("not yet measured");
    expect(overviewText(masked)).toBe("masked · on track");
  });

  it("draws a dot for each item with a judged window and none for the others, and a note when no item is measured", () => {
    const { window: dom } = new JSDOM("");
    const document = dom.document;
    const chart = firstPipOverview({ items: [item({}), item({ item: 2, status: "not yet measured", latestWindowEnd: null, latestPerformance: null, latestApplicable: null })], progress: [window({})] }, { width: 1000, document });
    // A figure: the key of statuses, then the chart.
    const svg = chart.querySelector("svg[aria-label]");
    expect(svg.querySelectorAll("circle")).toHaveLength(1);
    expect(svg.getAttribute("aria-label")).toMatch(/baseline and adjusted goal/);
    expect(firstPipOverview({ items: [], progress: [] }, { width: 1000, document }).textContent).toBe("No PIP item is measured yet.");
  });
});
