import { describe, expect, it } from "vitest";
import { measurementWindow, measurementWindows } from "../../src/pip/windows.ts";

describe("rolling 12-month measurement windows", () => {
  it("end on each quarter end after the baseline, starting the day after it while shorter than 12 months", () => {
    expect(measurementWindows("2020-06-30", "2021-08-15")).toEqual([
      { start: "2020-07-01", end: "2020-09-30", provisional: true },
      { start: "2020-07-01", end: "2020-12-31", provisional: true },
      { start: "2020-07-01", end: "2021-03-31", provisional: true },
      { start: "2020-07-01", end: "2021-06-30", provisional: false },
      { start: "2020-10-01", end: "2021-09-30", provisional: false },
    ]);
  });

  it("has the first window end at the first quarter end after a baseline that ends mid-quarter", () => {
    expect(measurementWindows("2020-05-15", "2020-06-01")).toEqual([{ start: "2020-05-16", end: "2020-06-30", provisional: true }]);
  });

  it("handles a baseline ending on a leap day", () => {
    expect(measurementWindow("2020-03-31", "2020-02-29")).toEqual({ start: "2020-03-01", end: "2020-03-31", provisional: true });
    expect(measurementWindow("2021-03-31", "2020-02-29")).toEqual({ start: "2020-04-01", end: "2021-03-31", provisional: false });
    expect(measurementWindow("2021-03-31", "2020-03-31")).toEqual({ start: "2020-04-01", end: "2021-03-31", provisional: false });
  });

  it("covers exactly 12 months across a leap year", () => {
    expect(measurementWindow("2024-03-31", "2020-06-30")).toEqual({ start: "2023-04-01", end: "2024-03-31", provisional: false });
    expect(measurementWindow("2024-12-31", "2020-06-30").start).toBe("2024-01-01");
  });

  it("has no window without reviews after the baseline", () => {
    expect(measurementWindows("2020-06-30", null)).toEqual([]);
    expect(measurementWindows("2020-06-30", "2020-06-30")).toEqual([]);
  });
});
