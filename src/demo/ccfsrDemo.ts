// Demo reference data for the C-CFSR calendar: California's state holidays as observed (a
// holiday on a Sunday moves to Monday; one on a Saturday is not moved), and the dates the
// demo counties submitted the steps of their latest cycle, with a few left missing.
import { addDays, daysInMonth, formatIsoDate, weekday, type IsoDate } from "../calendar/isoDate.ts";
import { cycleSteps } from "../ccfsr/cycle.ts";
import { toCsv } from "../format/csv.ts";
import type { Random } from "./random.ts";


/** The n-th given weekday of a month (n = -1: the last). */
function nthWeekday(year: number, month: number, day: number, n: number): IsoDate {
  if (n > 0) {
    const first = formatIsoDate({ year, month, day: 1 });
    return addDays(first, ((day - weekday(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = formatIsoDate({ year, month, day: daysInMonth(year, month) });
  return addDays(last, -((weekday(last) - day + 7) % 7));
}

export function californiaHolidays(fromYear: number, toYear: number): { holiday: IsoDate; name: string }[] {
  const rows: { holiday: IsoDate; name: string }[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const fixed = (month: number, day: number, name: string) => {
      const date = formatIsoDate({ year, month, day });
      rows.push({ holiday: weekday(date) === 0 ? addDays(date, 1) : date, name });
    };
    fixed(1, 1, "New Year's Day");
    rows.push({ holiday: nthWeekday(year, 1, 1, 3), name: "Martin Luther King Jr. Day" });
    rows.push({ holiday: nthWeekday(year, 2, 1, 3), name: "Presidents' Day" });
    fixed(3, 31, "Cesar Chavez Day");
    rows.push({ holiday: nthWeekday(year, 5, 1, -1), name: "Memorial Day" });
    fixed(7, 4, "Independence Day");
    rows.push({ holiday: nthWeekday(year, 9, 1, 1), name: "Labor Day" });
    rows.push({ holiday: nthWeekday(year, 9, 5, 4), name: "Native American Day" });
    fixed(11, 11, "Veterans Day");
    const thanksgiving = nthWeekday(year, 11, 4, 4);
    rows.push({ holiday: thanksgiving, name: "Thanksgiving Day" }, { holiday: addDays(thanksgiving, 1), name: "Day after Thanksgiving" });
    fixed(12, 25, "Christmas Day");
  }
  return rows.filter((r) => weekday(r.holiday) !== 6).sort((a, b) => a.holiday.localeCompare(b.holiday));
}

/** Steps a county submits, and which the demo leaves unsubmitted so that pages show overdue items. */
const MISSING = new Set(["Fremont Plains pqcr_report", "Cedar Valley sip_update"]);

export function ccfsrDemoFiles(random: Random, latestPqcr: { county: string; pqcrEnd: IsoDate }[], through: IsoDate) {
  const holidays = californiaHolidays(2019, 2030);
  const holidaySet = new Set(holidays.map((h) => h.holiday));
  const submissions: Record<string, string>[] = [];
  for (const { county, pqcrEnd } of latestPqcr) {
    for (const step of cycleSteps(pqcrEnd, "triennial-2009", holidaySet)) {
      if (step.kind !== "county" || MISSING.has(`${county} ${step.step}`)) continue;
      const submitted = addDays(step.due, -random.integer(0, 6));
      if (submitted > through) continue;
      submissions.push({ county, pqcr_end: pqcrEnd, step: step.step, submitted });
    }
  }
  return {
    "holidays.csv": toCsv(holidays, ["holiday", "name"]),
    "cycle-submissions.csv": toCsv(submissions, ["county", "pqcr_end", "step", "submitted"]),
  };
}
