// The product's one "today": CRD_AS_OF when set, otherwise the calendar day in the agency's
// time zone (CRD_TIME_ZONE), whatever the machine's clock zone (TZ) is.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { dayIn } from "../src/calendar/today.ts";
import { DEFAULT_TIME_ZONE, settings } from "../src/settings.ts";

const saved = { TZ: process.env.TZ, CRD_AS_OF: process.env.CRD_AS_OF, CRD_TIME_ZONE: process.env.CRD_TIME_ZONE };

beforeEach(() => {
  delete process.env.CRD_AS_OF;
  delete process.env.CRD_TIME_ZONE;
});
afterEach(() => {
  vi.useRealTimers();
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe("today", () => {
  it.each([
    // A Pacific New Year's Eve evening is already New Year's Day in UTC.
    ["2027-12-31T23:59:00-08:00", undefined, "2027-12-31"],
    ["2027-12-31T23:59:00-08:00", "UTC", "2028-01-01"],
    // Kiritimati (UTC+14) reaches March 1 while California is still on February 29 of a leap year.
    ["2028-03-01T05:00:00+14:00", "Pacific/Kiritimati", "2028-03-01"],
    ["2028-03-01T05:00:00+14:00", undefined, "2028-02-29"],
    ["2028-02-29T12:00:00Z", "America/New_York", "2028-02-29"],
  ])("at %s in time zone %s is %s", (instant, timeZone, expected) => {
    vi.useFakeTimers({ now: new Date(instant) });
    if (timeZone) process.env.CRD_TIME_ZONE = timeZone;
    expect(settings().asOf).toBe(expected);
  });

  it("does not depend on the machine's clock zone (TZ)", () => {
    vi.useFakeTimers({ now: new Date("2027-12-31T23:59:00-08:00") });
    for (const tz of ["UTC", "Pacific/Kiritimati", "America/Los_Angeles", "Asia/Kolkata"]) {
      process.env.TZ = tz;
      expect(settings().asOf).toBe("2027-12-31");
    }
  });

  it("is CRD_AS_OF when it is set, whatever the clock says", () => {
    vi.useFakeTimers({ now: new Date("2031-07-04T12:00:00Z") });
    process.env.CRD_AS_OF = "2028-02-29";
    expect(settings().asOf).toBe("2028-02-29");
  });

  it("refuses an as-of day that is not a calendar day, and an unknown time zone", () => {
    process.env.CRD_AS_OF = "2027-02-29";
    expect(() => settings()).toThrow("CRD_AS_OF=2027-02-29 is not a date YYYY-MM-DD");
    process.env.CRD_AS_OF = "";
    process.env.CRD_TIME_ZONE = "Pacific/Atlantis";
    expect(() => settings()).toThrow("CRD_TIME_ZONE=Pacific/Atlantis is not a time zone name");
  });

  it("defaults to Pacific time, the source documents' agencies' zone", () => {
    expect(DEFAULT_TIME_ZONE).toBe("America/Los_Angeles");
    expect(dayIn("America/Los_Angeles", new Date("2026-12-01T07:59:59Z"))).toBe("2026-11-30");
    expect(dayIn("America/Los_Angeles", new Date("2026-12-01T08:00:00Z"))).toBe("2026-12-01");
  });
});
