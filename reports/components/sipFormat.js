// Formatting SIP measure values by unit: percent measures are fractions, rates are per 1,000
// or 100,000 days in care.
import { percent } from "./format.js";

export function measureValue(value, unit) {
  if (value === null || value === undefined) return "—";
  return unit === "percent" ? percent(value, 1) : value.toFixed(2);
}

/** What a rate's denominator counts, by unit. */
const RATE_BASIS = { per_1000_days: "days in foster care", per_100000_days: "days in foster care" };

/**
 * A quarter's value with the counts it comes from, as every figure here is shown with its n:
 * "62.3% (145 of 233)"; a rate "4.22 (10 in 236,696 days in foster care)". A value masked in
 * public mode says so rather than showing a number.
 */
export function valueWithCounts(value, { unit, numerator, denominator, masked = false }) {
  if (value === null || value === undefined) return masked ? "masked (a count of 1 to 10)" : "—";
  const shown = measureValue(value, unit);
  if (numerator === null || numerator === undefined || denominator === null || denominator === undefined) return shown;
  const count = (n) => n.toLocaleString("en-US");
  return unit === "percent"
    ? `${shown} (${count(numerator)} of ${count(denominator)})`
    : `${shown} (${count(numerator)} in ${count(denominator)}${RATE_BASIS[unit] ? ` ${RATE_BASIS[unit]}` : ""})`;
}

export const STATUS_COLORS = { "target met": "#15803d", improving: "#65a30d", flat: "#737373", worsening: "#b91c1c", "no data": "#f3f4f6", masked: "#d1d5db" };

/**
 * What a county's measure shows in the state grid: its status, or why it has none. A measure
 * with no quarterly value is "no data" and one whose value is masked in public mode "masked",
 * never "flat" (which says the measure held still).
 */
export function gridStatus(d) {
  if (d.status) return d.status;
  return d.latest === null && (d.masked ?? []).includes("latest") ? "masked" : "no data";
}

/** Text on a grid cell: white on the status colours, dark on the pale "no data" and "masked". */
export function gridTextColor(d) {
  return d.status ? "white" : "#1f2937";
}

export function betterArrow(direction) {
  return direction === "higher" ? "↑ higher is better" : "↓ lower is better";
}
