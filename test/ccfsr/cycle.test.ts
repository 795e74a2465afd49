import { describe, expect, it } from "vitest";
import { addWorkingDays } from "../../src/calendar/workingDays.ts";
import { cycleSteps } from "../../src/ccfsr/cycle.ts";
import { californiaHolidays } from "../../src/demo/ccfsrDemo.ts";

const due = (pqcrEnd: string, cycle: "triennial-2009" | "five-year" = "triennial-2009") =>
  Object.fromEntries(cycleSteps(pqcrEnd, cycle, new Set()).map((s) => [s.step, s.until ? `${s.due}..${s.until}` : s.due]));

describe("C-CFSR cycle due dates (seed 002)", () => {
  it("reproduces the guide's example: a SIP due January 15, 2009 runs to January 14, 2012, its written update is due January 15, 2010 and its verbal update January 15, 2011", () => {
    // SIP due = PQCR end + 2 months (report) + 6 months (CSA) + 4 months (SIP).
    const steps = due("2008-01-15");
    expect(steps.pqcr_report_draft).toBe("2008-02-14"); // 30 days after the last day of the PQCR
    expect(steps.pqcr_report).toBe("2008-03-15");
    expect(steps.csa).toBe("2008-09-15");
    expect(steps.csa_draft).toBe("2008-07-15"); // two months before the CSA, four after the report
    expect(steps.sip).toBe("2009-01-15");
    expect(steps.sip_draft).toBe("2008-11-15");
    expect(steps.sip_period).toBe("2009-01-15..2012-01-14");
    expect(steps.sip_update).toBe("2010-01-15");
    expect(steps.sip_update_draft).toBe("2009-11-15");
    expect(steps.verbal_update).toBe("2011-01-15");
    expect(steps.pqcr_reflections).toBe("2008-03-15"); // about 60 days after the event week
  });

  it("clamps to the end of shorter months on the 29th to 31st", () => {
    const steps = due("2023-12-31");
    expect(steps.pqcr_report).toBe("2024-02-29"); // leap year
    expect(steps.csa).toBe("2024-08-29");
    expect(due("2022-12-31").pqcr_report).toBe("2023-02-28");
    const august = due("2024-08-31");
    expect(august.pqcr_report).toBe("2024-10-31");
    expect(august.csa).toBe("2025-04-30");
    expect(august.sip).toBe("2025-08-30"); // counted from the CSA's due date, as the guide words it
    expect(due("2024-07-30").pqcr_report_draft).toBe("2024-08-29");
  });

  it("has a five-year cycle as the other setting: a five-year SIP and a written update each year", () => {
    const steps = due("2008-01-15", "five-year");
    expect(steps.sip_period).toBe("2009-01-15..2014-01-14");
    expect([steps.sip_update_1, steps.sip_update_4]).toEqual(["2010-01-15", "2013-01-15"]);
    expect(steps.verbal_update).toBeUndefined();
  });
});

describe("working days", () => {
  const holidays = new Set(californiaHolidays(2024, 2025).map((h) => h.holiday));

  it("skips weekends and state holidays: ten working days from Friday November 22, 2024 cross Thanksgiving", () => {
    expect(holidays.has("2024-11-28") && holidays.has("2024-11-29")).toBe(true);
    expect(addWorkingDays("2024-11-22", 10, holidays)).toBe("2024-12-10");
    expect(addWorkingDays("2024-11-22", 10, new Set())).toBe("2024-12-06");
  });

  it("moves a Sunday holiday to Monday", () => {
    // July 4, 2021 was a Sunday; it is observed on Monday the 5th.
    expect(new Set(californiaHolidays(2021, 2021).map((h) => h.holiday)).has("2021-07-05")).toBe(true);
  });

  it("gives the state's feedback on a draft 10 working days after the draft, or after its submission", () => {
    const steps = cycleSteps("2024-10-23", "triennial-2009", holidays, new Map([["pqcr_report_draft", "2024-11-20"]]));
    expect(steps.find((s) => s.step === "pqcr_report_feedback")!.due).toBe(addWorkingDays("2024-11-20", 10, holidays));
  });
});
