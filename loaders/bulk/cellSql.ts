// SQL twins of the cell schemas in src/schemas/cells.ts, for the bulk path: each returns a
// DuckDB boolean expression that is true only for text the zod schema accepts. They may be
// stricter than zod (a value they refuse goes to the row-by-row path, which has the final
// word and the precise message); they must never be looser. test/loaders/bulkSql.test.ts
// holds them to that against the zod schemas.

/**
 * A staged column's value, empty when missing. The bulk path takes values only as written,
 * with no white space around them (see `noSurroundingSpace`), so they are already what the row-by-row
 * reader's trim() would give and nothing needs trimming here.
 */
export function cell(column: string): string {
  return `coalesce(${quoteIdentifier(column)}, '')`;
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function quoteText(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * No white space at either end, of any kind JavaScript's trim() removes. Free-text columns
 * need this; the other predicates match whole values that cannot start or end with a space.
 */
export function noSurroundingSpace(column: string): string {
  return `NOT regexp_matches(${cell(column)}, '^[\\s\\x{0B}\\pZ\\x{FEFF}]|[\\s\\x{0B}\\pZ\\x{FEFF}]$')`;
}

/**
 * ASCII only (as many bytes as characters): lower() and JavaScript's toLowerCase() agree on
 * it. Used before matching a list of printable spellings, so control characters need no
 * check of their own; a regular expression here cost a tenth of a second a national ingest.
 */
function ascii(value: string): string {
  return `(strlen(${value}) = length(${value}))`;
}

/** requiredText(n): not empty, at most n characters. Bytes >= UTF-16 units, so strlen is safe. */
export function requiredTextSql(column: string, maxLength: number): string {
  return `(${cell(column)} <> '' AND strlen(${cell(column)}) <= ${maxLength})`;
}

export function caseIdSql(column: string): string {
  return `regexp_full_match(${cell(column)}, '[A-Za-z0-9-]{4,20}')`;
}

export function regexSql(column: string, re2: string): string {
  return `regexp_full_match(${cell(column)}, ${quoteText(re2)})`;
}

/**
 * The DATE of an isoDate cell (src/calendar/writtenDate.ts), NULL when zod would refuse it:
 * YYYY-MM-DD that round-trips (so 2019-02-29 is refused), or M/D/YYYY with a four-digit year
 * that strptime reads as a real day.
 */
export function dateValueSql(column: string): string {
  const value = cell(column);
  return `CASE
    WHEN regexp_full_match(${value}, '[0-9]{4}-[0-9]{2}-[0-9]{2}') AND strftime(try_cast(${value} AS DATE), '%Y-%m-%d') = ${value} THEN try_cast(${value} AS DATE)
    WHEN regexp_full_match(${value}, '[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}') THEN CAST(try_strptime(${value}, '%m/%d/%Y') AS DATE)
  END`;
}

export function isoDateSql(column: string): string {
  return `(${dateValueSql(column)} IS NOT NULL)`;
}

/** All spellings oneOf() accepts, lower-cased, from the same table the zod schema uses. */
export function spellings(values: Record<string, readonly string[]>): string[] {
  return Object.entries(values).flatMap(([canonical, synonyms]) => [canonical, ...synonyms].map((s) => s.toLowerCase()));
}

export function oneOfSql(column: string, values: Record<string, readonly string[]>): string {
  return `(${ascii(cell(column))} AND lower(${cell(column)}) IN (${spellings(values).map(quoteText).join(", ")}))`;
}

/** The stored value of a oneOf() cell. */
export function canonicalSql(column: string, values: Record<string, readonly string[]>): string {
  const cases = Object.entries(values).flatMap(([canonical, synonyms]) =>
    [canonical, ...synonyms].map((s) => `WHEN ${quoteText(s.toLowerCase())} THEN ${quoteText(canonical)}`),
  );
  return `CASE lower(${cell(column)}) ${cases.join(" ")} END`;
}

/** A QSR rating: empty (not recorded), NA in any case, or 1 to 6. */
export function qsrRatingSql(column: string): string {
  return `${cell(column)} IN ('', '1', '2', '3', '4', '5', '6', 'NA', 'na', 'Na', 'nA')`;
}

/** An OSRI rating: empty (not recorded) or one of the accepted spellings. */
export function osriRatingSql(column: string, spellingsByText: ReadonlyMap<string, string>): string {
  const accepted = ["", ...spellingsByText.keys()].map(quoteText).join(", ");
  return `(${ascii(cell(column))} AND lower(${cell(column)}) IN (${accepted}))`;
}

export function osriRatingValueSql(value: string, spellingsByText: ReadonlyMap<string, string>): string {
  const cases = [...spellingsByText].map(([text, rating]) => `WHEN ${quoteText(text)} THEN ${quoteText(rating)}`);
  return `CASE lower(${value}) ${cases.join(" ")} END`;
}
