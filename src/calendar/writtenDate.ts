// A date as people write it in a file: YYYY-MM-DD, or M/D/YYYY as Excel writes dates in a CSV
// saved on a US system (1/7/2019 is January 7). Other orders and separators (7.1.2019,
// 2019/07/01) and two-digit years are refused: a day read in the wrong order would be a
// wrong date that still looks right.
import { formatIsoDate, isIsoDate, daysInMonth, type IsoDate } from "./isoDate.ts";

export type WrittenDate = { ok: true; date: IsoDate } | { ok: false; problem: "no such day" | "two-digit year" | "not a date" };

const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const US_DATE_SHORT_YEAR = /^\d{1,2}\/\d{1,2}\/\d{2}$/;
const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

export function readWrittenDate(text: string): WrittenDate {
  if (ISO_SHAPE.test(text)) return isIsoDate(text) ? { ok: true, date: text } : { ok: false, problem: "no such day" };
  const us = US_DATE.exec(text);
  if (us) {
    const [month, day, year] = [Number(us[1]), Number(us[2]), Number(us[3])];
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { ok: false, problem: "no such day" };
    return { ok: true, date: formatIsoDate({ year, month, day }) };
  }
  return { ok: false, problem: US_DATE_SHORT_YEAR.test(text) ? "two-digit year" : "not a date" };
}

/** What a refused date's message says after the value. */
export const DATE_PROBLEM_TEXT: Record<Exclude<WrittenDate, { ok: true }>["problem"], string> = {
  "no such day": "is not a calendar date: there is no such day",
  "two-digit year": "is not a date; write YYYY-MM-DD or M/D/YYYY with a four-digit year",
  "not a date": "is not a date; write YYYY-MM-DD or M/D/YYYY",
};
