// zod schemas for one cell of an input file. Each takes the cell's text (already trimmed by
// the reader) and returns the typed value, or an issue whose message says what is wrong and
// what is accepted. They do no I/O and never throw: callers use safeParse.
import { z } from "zod";
import { DATE_PROBLEM_TEXT, readWrittenDate } from "../calendar/writtenDate.ts";

/** Shows a cell value in a message, shortened so that a runaway cell cannot flood a report. */
export function quote(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
}

/** A required cell: empty is an error. */
export const requiredText = (maxLength = 120) =>
  z
    .string()
    .min(1, "is empty; a value is required")
    .max(maxLength, `is longer than ${maxLength} characters`);

/** An optional cell: empty means not recorded and becomes null. */
export function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === "" || value === undefined ? null : value), schema.nullable());
}

/** A date written YYYY-MM-DD or M/D/YYYY (src/calendar/writtenDate.ts), as YYYY-MM-DD. */
export const isoDate = z.string().min(1, "is empty; a value is required").transform((text, ctx) => {
  const read = readWrittenDate(text);
  if (read.ok) return read.date;
  ctx.addIssue({ code: "custom", message: `${quote(text)} ${DATE_PROBLEM_TEXT[read.problem]}` });
  return z.NEVER;
});

/** A region code as the region list gives it (seed 004: 3S, 7C, 6). */
export const regionCode = requiredText(10).regex(/^[0-9A-Za-z]{1,4}$/, "is not a region code such as 3S");

/** The review's own de-identified case code (domain.md section 4). */
export const caseId = requiredText(200).regex(/^[A-Za-z0-9-]{4,20}$/, {
  error: (issue) => `${quote(String(issue.input))} is not a de-identified case code: 4 to 20 letters, digits or "-"`,
});

/**
 * An enumerated value matched without regard to case, with accepted synonyms:
 * `{ Strength: ["S"] }` accepts "strength", "S" and "s" as "Strength".
 */
export function oneOf<T extends string>(values: Record<T, readonly string[]>) {
  const lookup = new Map<string, T>();
  for (const [canonical, synonyms] of Object.entries(values) as [T, readonly string[]][]) {
    for (const spelling of [canonical, ...synonyms]) lookup.set(spelling.toLowerCase(), canonical);
  }
  const accepted = Object.keys(values).join(", ");
  return z.string().transform((text, ctx): T => {
    const found = lookup.get(text.toLowerCase());
    if (found === undefined) {
      ctx.addIssue({ code: "custom", message: text === "" ? `is empty; use one of ${accepted}` : `${quote(text)} is not one of ${accepted}` });
      return z.NEVER;
    }
    return found;
  });
}

export const YES_NO_SPELLINGS = { yes: ["y", "true"], no: ["n", "false"] } as const;

export const yesNo = oneOf(YES_NO_SPELLINGS).transform((v) => v === "yes");

/** A QSR rating: 1 to 6, or NA (not applicable). Empty means not recorded. */
export const qsrRating = z.string().transform((text, ctx): number | "NA" | null => {
  if (text === "") return null;
  if (text.toUpperCase() === "NA") return "NA";
  if (/^[1-6]$/.test(text)) return Number(text);
  ctx.addIssue({ code: "custom", message: `${quote(text)} is not a QSR rating: use 1 to 6, or NA` });
  return z.NEVER;
});

/** An OSRI item rating. Empty means not recorded. */
export const osriRating = z.string().transform((text, ctx): "Strength" | "ANI" | "NA" | null => {
  if (text === "") return null;
  const rating = OSRI_SPELLINGS.get(text.toLowerCase());
  if (rating) return rating;
  ctx.addIssue({ code: "custom", message: `${quote(text)} is not an OSRI rating: use Strength (S), ANI (Area Needing Improvement) or NA (Not Applicable)` });
  return z.NEVER;
});

export const OSRI_SPELLINGS: ReadonlyMap<string, "Strength" | "ANI" | "NA"> = new Map<string, "Strength" | "ANI" | "NA">([
  ["strength", "Strength"],
  ["s", "Strength"],
  ["ani", "ANI"],
  ["area needing improvement", "ANI"],
  ["na", "NA"],
  ["n/a", "NA"],
  ["not applicable", "NA"],
]);

/** A decimal number written plainly (no thousands separators, no percent sign). */
export const decimal = z.string().transform((text, ctx) => {
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(text)) {
    ctx.addIssue({ code: "custom", message: `${quote(text)} is not a number (write 0.625, not 62.5% or 1,000)` });
    return z.NEVER;
  }
  return Number(text);
});

export const wholeNumber = z.string().transform((text, ctx) => {
  if (!/^\d+$/.test(text)) {
    ctx.addIssue({ code: "custom", message: `${quote(text)} is not a whole number of 0 or more` });
    return z.NEVER;
  }
  return Number(text);
});

export const monthNumber = wholeNumber.refine((n) => n >= 1 && n <= 12, "is not a month number from 1 to 12");
