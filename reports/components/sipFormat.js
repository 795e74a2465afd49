// Formatting SIP measure values by unit: percent measures are fractions, rates are per 1,000
// or 100,000 days in care.
import { percent } from "./format.js";

export function measureValue(value, unit) {
  if (value === null || value === undefined) return "—";
  return unit === "percent" ? percent(value, 1) : value.toFixed(2);
}

export const STATUS_COLORS = { "target met": "#15803d", improving: "#65a30d", flat: "#a3a3a3", worsening: "#b91c1c" };

export function betterArrow(direction) {
  return direction === "higher" ? "↑ higher is better" : "↓ lower is better";
}
