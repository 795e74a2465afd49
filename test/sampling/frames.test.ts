// The frames of a review month and their automatic eliminations, on hand-made universes with
// each edge of seed 004's rules ("Foster Care Sample Generator", "In-Home Services Sample").
import { describe, expect, it } from "vitest";
import { samplePeriod } from "../../src/pip/reviewSchedule.ts";
import { fosterCareFrame, inHomeFrame } from "../../src/sampling/frames.ts";
import type { FosterCareEpisodeRow, InHomeCaseRow } from "../../src/schemas/universe.ts";

// Review month March 2025: sample period 2024-03-01 to 2024-08-31; review on 2025-03-12.
const dates = { sampleStart: "2024-03-01", sampleEnd: "2024-08-31", reviewDate: "2025-03-12" };
const episode = (case_id: string, custody_start: string, custody_end: string | null, child_id = `${case_id}-C`): FosterCareEpisodeRow => ({ case_id, child_id, region: "3S", county: "Capital", custody_start, custody_end, worker_key: "W-1" });
const inHome = (case_id: string, case_start: string, case_end: string | null, service: Partial<InHomeCaseRow> = {}): InHomeCaseRow => ({ case_id, region: "3S", county: "Vance", case_start, case_end, service_type: "in_home", service_start: case_start, service_end: null, worker_key: "W-2", ...service });

describe("the foster care frame", () => {
  it("takes an episode that overlaps the sample period: end after its start (strictly) or blank, start on or before its end", () => {
    // Seed 004: "the custody end date is either greater than the period start date or is null
    // and the custody start date is less than or equal to the sample period end date".
    const frame = fosterCareFrame([
      episode("FC-ON-START", "2023-10-01", "2024-03-01"), // ends on the period start: out
      episode("FC-DAY-AFTER", "2023-10-01", "2024-03-02"),
      episode("FC-OPEN", "2022-05-05", null),
      episode("FC-LAST-DAY", "2024-08-31", null), // starts on the period end: in
      episode("FC-AFTER", "2024-09-01", null), // starts after it: out
    ], dates);
    expect(frame.cases.map((c) => c.caseId).sort()).toEqual(["FC-DAY-AFTER", "FC-LAST-DAY", "FC-OPEN"]);
    expect(frame.eliminated).toEqual([]);
  });

  it("eliminates a case whose every episode in the frame lasted less than a day, and keeps one that lasted a day", () => {
    const frame = fosterCareFrame([episode("FC-HOURS", "2024-05-10", "2024-05-10"), episode("FC-A-DAY", "2024-05-10", "2024-05-11"), episode("FC-TWO", "2024-04-01", "2024-04-01"), episode("FC-TWO", "2024-06-01", null)], dates);
    expect(frame.eliminated).toEqual([{ caseId: "FC-HOURS", caseType: "foster_care", reasonCode: "fc_under_24_hours" }]);
    expect(frame.cases.map((c) => c.caseId).sort()).toEqual(["FC-A-DAY", "FC-TWO"]);
  });

  it("follows the calendar in a leap year: the September 2024 review's sample period ends on February 29", () => {
    // The seed's own table prints 2/29/2019 for September 2019, a day that did not exist.
    expect(samplePeriod(2019, 9)).toMatchObject({ start: "2018-09-01", end: "2019-02-28" });
    const leap = samplePeriod(2024, 9);
    expect(leap).toMatchObject({ start: "2023-09-01", end: "2024-02-29" });
    const frame = fosterCareFrame([episode("FC-LEAP-DAY", "2024-02-29", null), episode("FC-MARCH", "2024-03-01", null)], { sampleStart: leap.start, sampleEnd: leap.end, reviewDate: "2024-09-16" });
    expect(frame.cases.map((c) => c.caseId)).toEqual(["FC-LEAP-DAY"]);
  });
});

describe("the in-home frame", () => {
  it("takes a case open during the sample period with an in-home service in it, however the extract spells the type", () => {
    const frame = inHomeFrame([
      inHome("IH-OPEN", "2024-01-15", null),
      inHome("IH-SPELLED", "2024-01-15", null, { service_type: "In-Home" }),
      inHome("IH-OTHER", "2024-01-15", null, { service_type: "prevention" }),
      inHome("IH-CLOSED-BEFORE", "2023-01-15", "2024-02-29"),
      inHome("IH-SERVICE-LATER", "2024-01-15", null, { service_start: "2024-09-01" }),
    ], [], [], dates);
    expect(frame.cases.map((c) => c.caseId).sort()).toEqual(["IH-OPEN", "IH-SPELLED"]);
  });

  it("eliminates a case open 44 days and keeps one open 45, counting both ends, the 45 days running past the sample period", () => {
    const frame = inHomeFrame([
      inHome("IH-44", "2024-06-01", "2024-07-14"), // June 1 to July 14: 44 days
      inHome("IH-45", "2024-06-01", "2024-07-15"), // 45 days
      inHome("IH-LATE-START", "2024-08-20", "2024-10-03"), // starts in the sample period, 45 days by October 3
    ], [], [], dates);
    expect(frame.eliminated).toEqual([{ caseId: "IH-44", caseType: "in_home", reasonCode: "ih_under_45_days" }]);
    expect(frame.cases.map((c) => c.caseId).sort()).toEqual(["IH-45", "IH-LATE-START"]);
  });

  it("eliminates a case a household child of which was in foster care more than a day of the period under review", () => {
    const household = [
      { case_id: "IH-DAY", child_id: "CH-1" },
      { case_id: "IH-TWO-DAYS", child_id: "CH-2" },
      { case_id: "IH-BEFORE", child_id: "CH-3" },
      { case_id: "IH-ELSEWHERE", child_id: "CH-4" },
    ];
    const custody = [
      episode("FC-X1", "2024-10-01", "2024-10-02", "CH-1"), // one day apart (24 hours): kept
      episode("FC-X2", "2024-10-01", "2024-10-03", "CH-2"), // two days: more than 24 hours
      episode("FC-X3", "2023-01-01", "2024-02-28", "CH-3"), // ended before the period under review
      { ...episode("FC-X4", "2025-01-02", null, "CH-4"), region: "1N" }, // in care in another region, still counts
    ];
    const frame = inHomeFrame(["IH-DAY", "IH-TWO-DAYS", "IH-BEFORE", "IH-ELSEWHERE"].map((id) => inHome(id, "2024-03-01", null)), household, custody, dates);
    expect(frame.eliminated.map((e) => [e.caseId, e.reasonCode]).sort()).toEqual([["IH-ELSEWHERE", "ih_child_in_foster_care"], ["IH-TWO-DAYS", "ih_child_in_foster_care"]]);
    expect(frame.cases.map((c) => c.caseId).sort()).toEqual(["IH-BEFORE", "IH-DAY"]);
  });
});
