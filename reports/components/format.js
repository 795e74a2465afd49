// Formatting shared by every page. Percentages arrive as fractions 0-1 and are shown with
// their n; a value that could not be computed shows its reason, never NaN.

export function percent(fraction, digits = 0) {
  return fraction === null || fraction === undefined || Number.isNaN(fraction) ? "—" : `${(fraction * 100).toFixed(digits)}%`;
}

/** "62% (8 of 13)" */
export function shareWithN(share, successes, n) {
  return n > 0 ? `${percent(share)} (${successes} of ${n})` : "not computed (n = 0)";
}

/** "48%–81%" */
export function interval(low, high) {
  return low === null || high === null ? "—" : `${percent(low)}–${percent(high)}`;
}

/** "95% interval", from the confidence the intervals were computed at (CRD_CONFIDENCE, in site-info). */
export function intervalLabel(info) {
  return `${confidenceLevel(info)} interval`;
}

/** "95%" */
export function confidenceLevel(info) {
  const level = info?.confidence ?? 0.95;
  return `${+(level * 100).toFixed(1)}%`;
}

export function number(value) {
  return value === null || value === undefined ? "—" : value.toLocaleString("en-US");
}
