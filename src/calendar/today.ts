// "Today" as a calendar day in a named time zone. A product that judges deadlines by the day
// must not let the server's clock zone decide the day: at 5 pm in California a UTC server is
// already on tomorrow. The instant is passed in, so that only src/settings.ts reads the clock.
import type { IsoDate } from "./isoDate.ts";

/** True when the IANA time zone name is one this runtime knows (e.g. "America/Los_Angeles"). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The calendar day in `timeZone` at `instant`. */
export function dayIn(timeZone: string, instant: Date): IsoDate {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part("year").padStart(4, "0")}-${part("month")}-${part("day")}`;
}
