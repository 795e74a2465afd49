// Working days: weekdays that are not state holidays. The state gives feedback on a county's
// draft "within ten working days" (seed 002).
import { addDays, toEpochDay, type IsoDate } from "./isoDate.ts";

export function isWeekend(date: IsoDate): boolean {
  const weekday = (toEpochDay(date) + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  return weekday === 0 || weekday === 6;
}

/** The day `count` working days after `date` (the date itself is day 0). */
export function addWorkingDays(date: IsoDate, count: number, holidays: ReadonlySet<IsoDate>): IsoDate {
  let day = date;
  let left = count;
  while (left > 0) {
    day = addDays(day, 1);
    if (!isWeekend(day) && !holidays.has(day)) left--;
  }
  return day;
}
