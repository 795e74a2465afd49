// Calendar dates as ISO strings (YYYY-MM-DD) with real calendar arithmetic.
//
// Every date in this product is a calendar day with no time zone: a review week, a quarter
// end, a due date. They are computed through UTC so that no local clock or daylight-saving
// shift can move a day, and they are validated against the real calendar: the seed's own
// sample-period table prints 2019-02-29, a day that never existed.

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** The parts of a YYYY-MM-DD date, or null when the text is not a real calendar day. */
export function parseIsoDate(text: string): DateParts | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

function requireParts(date: IsoDate): DateParts {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`not a calendar date: ${JSON.stringify(date)}`);
  return parts;
}

export function formatIsoDate({ year, month, day }: DateParts): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Days since 1970-01-01. */
export function toEpochDay(date: IsoDate): number {
  const { year, month, day } = requireParts(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function fromEpochDay(epochDay: number): IsoDate {
  const d = new Date(epochDay * MS_PER_DAY);
  return formatIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/** Day of the week, 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(date: IsoDate): number {
  return (toEpochDay(date) + 4) % 7;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/**
 * The same day `months` months later (or earlier), clamped to the last day of a shorter
 * month: January 31 + 1 month is February 28 (29 in a leap year).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = requireParts(date);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  return formatIsoDate({ year: newYear, month: newMonth, day: Math.min(day, daysInMonth(newYear, newMonth)) });
}

export function firstOfMonth(date: IsoDate): IsoDate {
  const { year, month } = requireParts(date);
  return formatIsoDate({ year, month, day: 1 });
}

export function lastOfMonth(date: IsoDate): IsoDate {
  const { year, month } = requireParts(date);
  return formatIsoDate({ year, month, day: daysInMonth(year, month) });
}

/** Calendar quarter 1-4 of a date. */
export function quarterOf(date: IsoDate): number {
  return Math.floor((requireParts(date).month - 1) / 3) + 1;
}

/** The quarter end (March 31, June 30, September 30, December 31) on or after a date. */
export function quarterEndOf(date: IsoDate): IsoDate {
  const { year } = requireParts(date);
  const endMonth = quarterOf(date) * 3;
  return formatIsoDate({ year, month: endMonth, day: daysInMonth(year, endMonth) });
}

/** The last quarter end on or before a date: the latest quarter that is over. */
export function quarterEndOnOrBefore(date: IsoDate): IsoDate {
  const end = quarterEndOf(date);
  if (end === date) return date;
  const { year, month } = requireParts(end);
  return month === 3 ? formatIsoDate({ year: year - 1, month: 12, day: 31 }) : formatIsoDate({ year, month: month - 3, day: daysInMonth(year, month - 3) });
}

/** The quarter end strictly after a date. */
export function nextQuarterEnd(date: IsoDate): IsoDate {
  const end = quarterEndOf(date);
  return end === date ? quarterEndOf(addDays(date, 1)) : end;
}

export function isQuarterEnd(date: IsoDate): boolean {
  return quarterEndOf(date) === date;
}

/** A label such as "2024 Q3". */
export function quarterLabel(date: IsoDate): string {
  return `${requireParts(date).year} Q${quarterOf(date)}`;
}

export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whole calendar months from `start` (inclusive) to `end` (inclusive), counting partial months. */
export function monthsSpanned(start: IsoDate, end: IsoDate): number {
  const a = requireParts(start);
  const b = requireParts(end);
  return (b.year - a.year) * 12 + (b.month - a.month) + 1;
}
