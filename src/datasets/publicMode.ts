// Public mode (a setting, CRD_PUBLIC=1): no published number lets a reader work out a count
// of 1 to 10, as California's public data reports require. Masking one small count is not
// enough: a share times its denominator, a total minus a part, an interval and its n, or a
// state total minus the other regions each give it back. So:
// - a row that holds a small count, or from whose numbers one can be computed (two counts 1
//   to 10 apart, a share of a count that is 1 to 10 cases, a total minus some of its rating
//   counts), has every count and every number derived from counts masked (shares, intervals,
//   differences, goals, sampling errors, zones); identifiers and settings stay;
// - among rows that split one total several ways (a `grouping` with its `group`s: the state,
//   each region, each case type, metro and the rest), a group masked alone, or masked groups
//   that add up to 1 to 10, take the next smallest group with them; a group whose counts equal
//   a masked group's (the metro area that is one region) is masked too.
// A masked value is null, and the row's `masked` lists what was masked.

export const MASK_MAXIMUM = 10;

/** Fields that hold counts of children or cases. */
const COUNT_FIELDS = new Set([
  "n", "rated", "acceptable", "applicable", "strengths", "cases", "achieved", "numerator", "denominator", "mentions",
  "themes", "notApplicable", "officeAcceptable", "officeRated", "restAcceptable", "restRated", "metroCases", "fosterCareCases",
  "latestApplicable", "fromRated", "toRated", "expectedApplicable", "strengthsNeeded", "reviews", "restReviews", "casesReviewed",
  "scheduled", "reviewed", "quarters", "rows",
  "finalizedOnTime", "finalizedLate", "finalizeOverdue", "finalizePending", "deidentifiedOnTime", "deidentifiedLate", "deidentifyOverdue",
  "deidentifyPending", "reported", "answeredOnTime", "answeredLate", "overdue", "pending", "windowFinalizedOnTime", "windowFinalizeDue",
  "finalizeDue", "deidentifyDue", "answerDue",
]);

/** Numbers that are neither counts nor derived from them: identifiers, settings, calendar values. */
const NOT_FROM_COUNTS = new Set([
  "item", "z", "overlapMonths", "monthsWithReviews", "confidence", "applicableCasesTolerance", "distributionTolerance",
  "highGoalAbove", "highGoalConsecutiveQuarters", "scheduleDeviations", "offices", "regions", "counties", "measures", "pqcrEvents",
  "reviewMonth", "responseDays",
  // A SIP target is the county's plan, not a count: it stays beside a masked value.
  "target",
]);

/** A small object of numbers that belongs to its row: the rating counts, or the zones' shares. */
const PART_OBJECTS = new Set(["counts", "zones"]);

export function isSmallCount(value: unknown): boolean {
  return typeof value === "number" && value >= 1 && value <= MASK_MAXIMUM;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);
const nearWhole = (x: number) => Math.abs(x - Math.round(x)) < 1e-6;

/** The counts of a row, and the numbers derived from counts, as a reader would see them. */
function numbersOf(row: Record<string, unknown>) {
  const counts: number[] = [];
  const derived: number[] = [];
  let parts: number[] = [];
  for (const [key, value] of Object.entries(row)) {
    if (key === "counts" && isPlainObject(value)) parts = Object.values(value).filter((v): v is number => typeof v === "number");
    else if (key === "zones" && isPlainObject(value)) derived.push(...Object.values(value).filter((v): v is number => typeof v === "number"));
    else if (typeof value !== "number" || NOT_FROM_COUNTS.has(key)) continue;
    else if (COUNT_FIELDS.has(key)) counts.push(value);
    else derived.push(value);
  }
  return { counts, derived, parts };
}

/** True when a small count can be read or computed from the row's own numbers. */
export function revealsSmallCount(row: Record<string, unknown>): boolean {
  const { counts, derived, parts } = numbersOf(row);
  const all = [...counts, ...parts];
  if (all.some(isSmallCount)) return true;
  // A total minus a part: cases minus rated is the cases not applicable.
  for (const a of all) for (const b of all) if (isSmallCount(a - b)) return true;
  // A share of a count, or its complement: 0.75 of 12 rated is 9 acceptable, 3 not.
  for (const share of derived.filter((d) => d > 0 && d < 1)) {
    for (const count of all) {
      for (const x of [share * count, (1 - share) * count]) if (nearWhole(x) && isSmallCount(Math.round(x))) return true;
    }
  }
  // Any sum of rating counts, and a total minus it: the cases rated 1 or 2, the unacceptable ones.
  for (let subset = 1; subset < 1 << parts.length && parts.length <= 8; subset++) {
    const sum = parts.reduce((s, p, i) => (subset & (1 << i) ? s + p : s), 0);
    if (isSmallCount(sum) || counts.some((c) => isSmallCount(c - sum))) return true;
  }
  return false;
}

/** Every count and every number derived from counts in the row, masked (null). */
function maskNumbers(row: Record<string, unknown>, masked: string[]): void {
  for (const [key, value] of Object.entries(row)) {
    if (PART_OBJECTS.has(key) && isPlainObject(value)) {
      row[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === "number" ? null : v]));
      masked.push(key);
    } else if (typeof value === "number" && !NOT_FROM_COUNTS.has(key)) {
      row[key] = null;
      masked.push(key);
    }
  }
}

function maskOne(source: Record<string, unknown>, force = false): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    // Nested rows (a review's strengths, site-info's parts) are rows of their own.
    out[key] = PART_OBJECTS.has(key) || key === "masked" ? value : maskValue(value);
  }
  const masked: string[] = Array.isArray(source.masked) ? [...(source.masked as string[])] : [];
  if (force || revealsSmallCount(source)) maskNumbers(out, masked);
  if (masked.length > 0) out.masked = [...new Set(masked)];
  return out;
}

function maskValue(value: unknown): unknown {
  if (Array.isArray(value)) return maskRows(value);
  if (isPlainObject(value)) return maskOne(value);
  return value;
}

/** The first count a row of a partition is measured by (n for OSRI results, cases otherwise). */
const PARTITION_COUNTS = ["n", "achieved", "applicable", "strengths", "cases", "rated", "acceptable"];

/**
 * Rows that split one total several ways share every text field but `group`; a masked
 * group must not be recoverable as the total minus the other groups, nor match another
 * grouping's group (which is then the same cases).
 */
function suppressPartitions(original: Record<string, unknown>[], masked: Record<string, unknown>[]): void {
  const blocks = new Map<string, number[]>();
  original.forEach((row, index) => {
    if (typeof row.grouping !== "string" || !("group" in row)) return;
    const key = JSON.stringify(Object.entries(row).filter(([k, v]) => typeof v === "string" && k !== "group" && k !== "grouping"));
    blocks.set(key, [...(blocks.get(key) ?? []), index]);
  });
  const isMasked = (i: number) => Array.isArray(masked[i].masked) && PARTITION_COUNTS.some((c) => (masked[i].masked as string[]).includes(c));
  const countsOf = (i: number) => PARTITION_COUNTS.filter((c) => typeof original[i][c] === "number").map((c) => original[i][c] as number);
  for (const members of blocks.values()) {
    // Repeat until stable: each suppression can make another necessary.
    for (let changed = true; changed; ) {
      changed = false;
      const maskedSignatures = new Set(members.filter(isMasked).map((i) => JSON.stringify(countsOf(i))));
      for (const i of members) {
        if (!isMasked(i) && maskedSignatures.has(JSON.stringify(countsOf(i)))) {
          masked[i] = maskOne(original[i], true);
          changed = true;
        }
      }
      const byGrouping = new Map<string, number[]>();
      for (const i of members) byGrouping.set(original[i].grouping as string, [...(byGrouping.get(original[i].grouping as string) ?? []), i]);
      for (const groups of byGrouping.values()) {
        if (groups.length < 2) continue;
        const hidden = groups.filter(isMasked);
        if (hidden.length === 0) continue;
        const hiddenSums = PARTITION_COUNTS.map((c) => hidden.reduce((s, i) => s + ((original[i][c] as number) ?? 0), 0));
        const recoverable = hidden.length === 1 || hiddenSums.some((s) => isSmallCount(s));
        const shown = groups.filter((i) => !isMasked(i));
        if (recoverable && shown.length > 0) {
          const next = shown.reduce((a, b) => (((original[a].n ?? original[a].cases ?? 0) as number) <= ((original[b].n ?? original[b].cases ?? 0) as number) ? a : b));
          masked[next] = maskOne(original[next], true);
          changed = true;
        }
      }
    }
  }
}

function maskRows(rows: unknown[]): unknown[] {
  const masked = rows.map(maskValue);
  const objects = rows.every(isPlainObject);
  if (objects && rows.length > 1) suppressPartitions(rows as Record<string, unknown>[], masked as Record<string, unknown>[]);
  return masked;
}

/** A dataset (an array of rows), a row, or anything holding rows, masked for publication. */
export function maskRow<T>(value: T): T {
  return maskValue(value) as T;
}
