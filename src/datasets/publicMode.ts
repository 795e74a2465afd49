// Public mode (a setting, CRD_PUBLIC=1): counts of 1 to 10 are masked in every output, as
// California's public data reports do, and so is every share whose denominator is masked
// (a share and its denominator would give the count back). A masked value is null, and the
// row's `masked` lists what was masked.

/** Fields that hold counts of children or cases. */
const COUNT_FIELDS = new Set([
  "n", "rated", "acceptable", "applicable", "strengths", "cases", "achieved", "numerator", "denominator", "mentions",
  "themes", "notApplicable", "officeAcceptable", "officeRated", "restAcceptable", "restRated", "metroCases", "fosterCareCases",
  "latestApplicable", "fromRated", "toRated", "expectedApplicable", "strengthsNeeded", "reviews",
]);

/** Fields derived from a share, masked when the row's denominator is. */
const SHARE_FIELDS = new Set(["share", "performance", "substantiallyAchieved", "low", "high", "value", "zones", "difference", "officeShare", "latest", "latestPerformance", "fromShare", "toShare", "changeInBetterDirection"]);

/** The denominator of a row's shares: the first of these it has. */
const DENOMINATORS = ["rated", "applicable", "n", "denominator", "officeRated", "latestApplicable"];

export const MASK_MAXIMUM = 10;

export function isSmallCount(value: unknown): boolean {
  return typeof value === "number" && value >= 1 && value <= MASK_MAXIMUM;
}

export function maskRow<T>(row: T): T {
  if (Array.isArray(row)) return row.map((r) => maskRow(r)) as T;
  if (row === null || typeof row !== "object") return row;
  const source = row as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const masked: string[] = [];
  for (const [key, value] of Object.entries(source)) {
    if (key === "counts" && value && typeof value === "object") {
      const counts = Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, isSmallCount(v) ? null : v]));
      if (Object.values(value as Record<string, unknown>).some(isSmallCount)) masked.push("counts");
      out[key] = counts;
    } else if (COUNT_FIELDS.has(key) && isSmallCount(value)) {
      out[key] = null;
      masked.push(key);
    } else if (value !== null && typeof value === "object") {
      out[key] = maskRow(value);
    } else out[key] = value;
  }
  const denominator = DENOMINATORS.find((d) => d in source);
  if (denominator && masked.includes(denominator)) {
    for (const key of Object.keys(out)) {
      if (SHARE_FIELDS.has(key) && out[key] !== null) {
        out[key] = null;
        masked.push(key);
      }
    }
  }
  if (masked.length > 0) out.masked = masked;
  return out as T;
}
