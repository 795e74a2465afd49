// The two kinds of input that grow with the number of cases, QSR and OSRI case ratings, as
// SQL: what makes a staged row valid (mirroring src/schemas/qsrCase.ts and osriCase.ts) and
// how valid rows go into the warehouse (mirroring loaders/writeWarehouse.ts).
import { OSRI_ITEMS } from "../../src/catalog/osriItems.ts";
import { QSR_INDICATORS } from "../../src/catalog/qsrIndicators.ts";
import { OSRI_SPELLINGS, YES_NO_SPELLINGS } from "../../src/schemas/cells.ts";
import { OSRI_CASE_TYPES } from "../../src/schemas/osriCase.ts";
import { QSR_CASE_TYPES } from "../../src/schemas/qsrCase.ts";
import {
  canonicalSql,
  caseIdSql,
  cell,
  dateValueSql,
  isoDateSql,
  oneOfSql,
  osriRatingSql,
  osriRatingValueSql,
  qsrRatingSql,
  quoteIdentifier,
  quoteText,
  regexSql,
  requiredTextSql,
  noSurroundingSpace,
} from "./cellSql.ts";

export interface BulkKind {
  kind: "qsr-cases" | "osri-cases";
  /** The kind's columns, in the order the staged view lists them. */
  columns: string[];
  /** Columns a file may leave out: staged as empty when it does. */
  optionalColumns: string[];
  /** True for a row the zod schema accepts (or stricter). */
  validRow: string;
  /** Statements that copy the view `source` into the warehouse's tables. */
  insert: (source: string) => string[];
  /** Columns whose free text could hold identifying data once the row is valid. */
  textColumns: string[];
}

const QSR_COLUMNS = ["review_id", "office", "review_date", "protocol_version", "case_id", "case_type", ...QSR_INDICATORS.map((i) => i.column)];
/** Free text: the only columns whose values may hold spaces, and identifying data. */
const QSR_TEXT_COLUMNS = ["review_id", "office", "protocol_version", "case_id"];
const OSRI_TEXT_COLUMNS = ["case_id", "county"];
const OSRI_COLUMNS = ["case_id", "review_date", "region", "county", "metro", "case_type", ...OSRI_ITEMS.map((i) => i.column), "baseline_sample"];

function all(predicates: string[]): string {
  return predicates.map((p) => `coalesce(${p}, false)`).join("\n  AND ");
}

export const QSR_BULK: BulkKind = {
  kind: "qsr-cases",
  columns: QSR_COLUMNS,
  optionalColumns: [],
  validRow: all([
    ...QSR_TEXT_COLUMNS.map(noSurroundingSpace),
    requiredTextSql("review_id", 60),
    requiredTextSql("office", 80),
    isoDateSql("review_date"),
    requiredTextSql("protocol_version", 20),
    caseIdSql("case_id"),
    oneOfSql("case_type", QSR_CASE_TYPES),
    ...QSR_INDICATORS.map((i) => qsrRatingSql(i.column)),
  ]),
  insert: (source) => [
    // One review row per review, in the order reviews first appear, as the row-by-row writer does.
    `INSERT INTO qsr_review
     SELECT review_id, office, review_date, protocol_version FROM (
       SELECT ${cell("review_id")} AS review_id, ${cell("office")} AS office, ${dateValueSql("review_date")} AS review_date,
              ${cell("protocol_version")} AS protocol_version, min(position) AS first
       FROM ${source} GROUP BY ALL)
     ORDER BY first`,
    `INSERT INTO qsr_case SELECT ${cell("review_id")}, ${cell("case_id")}, ${canonicalSql("case_type", QSR_CASE_TYPES)} FROM ${source}`,
    // Ratings as the warehouse stores them (src/warehouse/schema.ts): '1' to '6', 'NA' in any
    // case written as NA, NULL for a rating not recorded (empty).
    `INSERT INTO qsr_case_rating
     SELECT ${cell("review_id")}, ${cell("case_id")},
            ${QSR_INDICATORS.map((i) => `CASE WHEN ${cell(i.column)} = '' THEN NULL WHEN upper(${cell(i.column)}) = 'NA' THEN 'NA' ELSE ${cell(i.column)} END`).join(",\n            ")}
     FROM ${source}`,
  ],
  textColumns: QSR_TEXT_COLUMNS,
};

const osriCaseType = canonicalSql("case_type", OSRI_CASE_TYPES);

export const OSRI_BULK: BulkKind = {
  kind: "osri-cases",
  columns: OSRI_COLUMNS,
  optionalColumns: ["baseline_sample"],
  validRow: all([
    ...OSRI_TEXT_COLUMNS.map(noSurroundingSpace),
    caseIdSql("case_id"),
    isoDateSql("review_date"),
    regexSql("region", "[0-9A-Za-z]{1,4}"),
    requiredTextSql("county", 60),
    oneOfSql("metro", YES_NO_SPELLINGS),
    oneOfSql("case_type", OSRI_CASE_TYPES),
    ...OSRI_ITEMS.map((i) => osriRatingSql(i.column, OSRI_SPELLINGS)),
    // optional(yesNo): empty, or a yes / no spelling
    `(${cell("baseline_sample")} = '' OR ${oneOfSql("baseline_sample", YES_NO_SPELLINGS)})`,
    // Permanency items apply to foster care only: Strength or ANI on an in-home case is an error.
    // The case type is looked at once for all eight items (eight times cost a tenth of a second).
    `NOT (${osriCaseType} = 'in_home' AND (${OSRI_ITEMS.filter((i) => i.fosterCareOnly)
      .map((i) => `${osriRatingValueSql(cell(i.column), OSRI_SPELLINGS)} IN ('Strength', 'ANI')`)
      .join(" OR ")}))`,
  ]),
  insert: (source) => [
    `INSERT INTO osri_case
     SELECT ${cell("case_id")}, ${dateValueSql("review_date")}, upper(${cell("region")}), ${cell("county")},
            ${canonicalSql("metro", YES_NO_SPELLINGS)} = 'yes', ${osriCaseType},
            CASE WHEN ${cell("baseline_sample")} = '' THEN NULL ELSE ${canonicalSql("baseline_sample", YES_NO_SPELLINGS)} = 'yes' END
     FROM ${source}`,
    // The canonical rating, NULL for one not recorded (empty).
    `INSERT INTO osri_case_rating
     SELECT ${cell("case_id")},
            ${OSRI_ITEMS.map((i) => `CASE WHEN ${cell(i.column)} = '' THEN NULL ELSE ${osriRatingValueSql(cell(i.column), OSRI_SPELLINGS)} END`).join(",\n            ")}
     FROM ${source}`,
  ],
  textColumns: OSRI_TEXT_COLUMNS,
};

export const BULK_KINDS: Record<string, BulkKind> = { "qsr-cases": QSR_BULK, "osri-cases": OSRI_BULK };

/** Checks across all rows once they are in the warehouse; each query counts what would be refused. */
export const BULK_CROSS_CHECKS: { what: string; sql: string }[] = [
  { what: "a case id twice", sql: "SELECT count(*) - count(DISTINCT case_id) FROM osri_case" },
  { what: "a review and case id twice", sql: "SELECT (SELECT count(*) FROM qsr_case) - (SELECT count(*) FROM (SELECT DISTINCT review_id, case_id FROM qsr_case))" },
  // A review whose rows disagree on office, date or protocol gives two review rows.
  { what: "a review whose cases disagree", sql: "SELECT count(*) - count(DISTINCT review_id) FROM qsr_review" },
  {
    what: "an office missing from its list or closed on the review date",
    // Only when an office list was given (without one there is nothing to check against);
    // names are matched ignoring case, in ASCII only so that lower() is JavaScript's.
    sql: `SELECT CASE WHEN (SELECT count(*) FROM office) = 0 THEN 0 ELSE (
            SELECT count(*) FROM qsr_review r LEFT JOIN office o ON lower(o.office) = lower(r.office)
            WHERE o.office IS NULL OR r.review_date < o.opened OR (o.closed IS NOT NULL AND r.review_date > o.closed)
               OR NOT regexp_full_match(r.office, '[ -~]*')) END`,
  },
  {
    what: "a region missing from its list",
    sql: `SELECT CASE WHEN (SELECT count(*) FROM region) = 0 THEN 0 ELSE (
            SELECT count(*) FROM osri_case c WHERE c.region NOT IN (SELECT region FROM region)) END`,
  },
  {
    what: "a QSR theme or next step for a review no case file holds",
    sql: `SELECT (SELECT count(*) FROM qsr_theme WHERE review_id NOT IN (SELECT review_id FROM qsr_review))
               + (SELECT count(*) FROM qsr_next_step WHERE review_id NOT IN (SELECT review_id FROM qsr_review))`,
  },
  {
    what: "a case whose metro flag disagrees with its region's",
    sql: "SELECT count(*) FROM osri_case c JOIN region r ON r.region = c.region WHERE c.metro <> r.metro",
  },
];

export function stagedView(kind: BulkKind, stagedTables: string[]): string {
  const columns = kind.columns.map(quoteIdentifier).join(", ");
  // position orders rows as the files and their lines are given, for first-appearance order.
  const parts = stagedTables.map((table, index) => `SELECT ${index}::BIGINT * 4294967296 + rowid AS position, ${columns} FROM ${table}`);
  return parts.join(" UNION ALL ");
}
