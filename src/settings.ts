import { isIsoDate } from "./calendar/isoDate.ts";
import { dayIn, isTimeZone } from "./calendar/today.ts";

// Settings that domain.md calls our reading of a short source text, with their defaults.
// Each can be changed without touching code, through the environment variable named beside it.

function numberFromEnvironment(name: string, fallback: number, valid: (n: number) => boolean): number {
  const text = process.env[name];
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!valid(value)) throw new RangeError(`${name}=${text} is not valid`);
  return value;
}

export interface Settings {
  /** Confidence of the Wilson and Newcombe intervals shown with QSR and OSRI percentages. */
  confidence: number;
  /** First month of the county's fiscal year (July: fiscal years run July to June). */
  fiscalYearStartMonth: number;
  /** Public mode: counts of 1 to 10 masked in every output (CRD_PUBLIC=1). */
  publicMode: boolean;
  /**
   * The one "today" of the product (CRD_AS_OF, default today in the agency's time zone): the
   * day overdue and upcoming deadlines are judged from, and the demo's "data through" day.
   */
  asOf: string;
  /** The agency's time zone, which decides what day "today" is (CRD_TIME_ZONE). */
  timeZone: string;
  /** The C-CFSR cycle: triennial-2009 (seed 002, default) or five-year (CRD_CYCLE). */
  cycle: "triennial-2009" | "five-year";
  /** Share of a SIP's planned improvement within which a measure is "flat" (CRD_SIP_FLAT_BAND). */
  sipFlatBand: number;
}

export function settings(): Settings {
  return {
    confidence: numberFromEnvironment("CRD_CONFIDENCE", 0.95, (n) => n > 0 && n < 1),
    fiscalYearStartMonth: numberFromEnvironment("CRD_FISCAL_YEAR_START_MONTH", 7, (n) => Number.isInteger(n) && n >= 1 && n <= 12),
    publicMode: ["1", "true", "yes"].includes((process.env.CRD_PUBLIC ?? "").toLowerCase()),
    asOf: asOfDate(),
    timeZone: agencyTimeZone(),
    cycle: cycleName(),
    sipFlatBand: numberFromEnvironment("CRD_SIP_FLAT_BAND", 0.25, (n) => n >= 0 && n <= 1),
  };
}

/**
 * The source documents' agencies are Californian (seeds 000 and 002), so the default is
 * Pacific time; a state elsewhere sets CRD_TIME_ZONE.
 */
export const DEFAULT_TIME_ZONE = "America/Los_Angeles";

function agencyTimeZone(): string {
  const text = process.env.CRD_TIME_ZONE;
  if (text === undefined || text === "") return DEFAULT_TIME_ZONE;
  if (!isTimeZone(text)) throw new RangeError(`CRD_TIME_ZONE=${text} is not a time zone name such as America/Chicago`);
  return text;
}

// The only place the product reads the clock: everything else takes its day from here.
function asOfDate(): string {
  const text = process.env.CRD_AS_OF;
  if (text === undefined || text === "") return dayIn(agencyTimeZone(), new Date());
  if (!isIsoDate(text)) throw new RangeError(`CRD_AS_OF=${text} is not a date YYYY-MM-DD`);
  return text;
}

function cycleName(): "triennial-2009" | "five-year" {
  const text = process.env.CRD_CYCLE ?? "triennial-2009";
  if (text !== "triennial-2009" && text !== "five-year") throw new RangeError(`CRD_CYCLE=${text} is not triennial-2009 or five-year`);
  return text;
}
