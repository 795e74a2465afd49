// Working days: weekdays that are not state holidays. The state gives feedback on a county's
// draft "within ten working days" (seed 002).
import { addDays, weekday, type IsoDate } from "./isoDate.ts";

export function isWeekend(date: IsoDate): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
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
