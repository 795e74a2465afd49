import { describe, expect, it } from "vitest";
import { addMonths, isIsoDate, isQuarterEnd, nextQuarterEnd, quarterEndOf, toEpochDay, fromEpochDay } from "../../src/calendar/isoDate.ts";
import { fiscalYearOf } from "../../src/calendar/fiscalYear.ts";

describe("calendar dates", () => {
  it("refuses days that never existed, such as 2019-02-29 from seed 004's table", () => {
    expect(isIsoDate("2019-02-29")).toBe(false);
    expect(isIsoDate("2020-02-29")).toBe(true);
    expect(isIsoDate("1900-02-29")).toBe(false);
    expect(isIsoDate("2000-02-29")).toBe(true);
    expect(isIsoDate("2024-04-31")).toBe(false);
    expect(isIsoDate("2024-13-01")).toBe(false);
    expect(isIsoDate("03/04/2024")).toBe(false);
  });

  it("adds months, clamping to the end of a shorter month", () => {
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2023-01-31", 1)).toBe("2023-02-28");
    expect(addMonths("2024-03-30", -1)).toBe("2024-02-29");
    expect(addMonths("2009-01-15", 36)).toBe("2012-01-15");
    expect(addMonths("2019-09-01", -12)).toBe("2018-09-01");
  });

  it("finds quarter ends on and after a date", () => {
    expect(quarterEndOf("2024-02-10")).toBe("2024-03-31");
    expect(quarterEndOf("2024-06-30")).toBe("2024-06-30");
    expect(nextQuarterEnd("2024-06-30")).toBe("2024-09-30");
    expect(nextQuarterEnd("2020-06-30")).toBe("2020-09-30");
    expect(isQuarterEnd("2024-12-31")).toBe(true);
    expect(isQuarterEnd("2024-12-30")).toBe(false);
  });

  it("round-trips epoch days across a leap day", () => {
    expect(fromEpochDay(toEpochDay("2024-02-28") + 1)).toBe("2024-02-29");
    expect(fromEpochDay(toEpochDay("2024-02-29") + 1)).toBe("2024-03-01");
  });

  it("names July-June fiscal years by both calendar years", () => {
    expect(fiscalYearOf("2024-07-01", 7)).toEqual({ label: "FY 2024-25", start: "2024-07-01", end: "2025-06-30" });
    expect(fiscalYearOf("2024-06-30", 7).label).toBe("FY 2023-24");
    expect(fiscalYearOf("2024-06-30", 1)).toEqual({ label: "FY 2024", start: "2024-01-01", end: "2024-12-31" });
    expect(fiscalYearOf("2024-02-29", 3).end).toBe("2024-02-29");
  });
});
