import { describe, expect, it } from "vitest";
// @ts-expect-error: a page component in plain JavaScript, without types
import { officeGroups } from "../../reports/components/officeGroups.js";

describe("office groups for the per-office charts", () => {
  const offices = Array.from({ length: 1000 }, (_, i) => `Office ${String(i + 1).padStart(4, "0")}`);

  it("puts every office in exactly one group, in order, `size` at a time", () => {
    const groups = officeGroups(offices, 40) as { label: string; offices: Set<string> }[];
    expect(groups).toHaveLength(25);
    expect(groups.flatMap((g) => [...g.offices])).toEqual(offices);
    expect(groups[1].label).toBe("Office 0041 to Office 0080 (41-80 of 1,000)");
  });

  it("makes one group of a county's 19 offices, and none of no office", () => {
    expect(officeGroups(offices.slice(0, 19), 40)).toHaveLength(1);
    expect(officeGroups([], 40)).toEqual([]);
  });

  it("ends with a short group when the offices do not divide evenly", () => {
    const groups = officeGroups(offices.slice(0, 50), 24) as { label: string; offices: Set<string> }[];
    expect(groups.map((g) => g.offices.size)).toEqual([24, 24, 2]);
    expect(groups[2].label).toBe("Office 0049 to Office 0050 (49-50 of 50)");
  });
});
