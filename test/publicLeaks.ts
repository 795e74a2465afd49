// Searches published data for every arithmetic way back to a count of 1 to 10, by code of its
// own (not the masker's): a count itself, two counts of a row 1 to 10 apart, a share of a
// count, sums of rating counts, and a total minus its parts when what is left is one masked
// part or 1 to 10. Used on the datasets and on every data file of the built public site.

/** Names under which the datasets publish counts of cases or children. */
const COUNTS = new Set([
  "n", "rated", "acceptable", "applicable", "strengths", "cases", "achieved", "numerator", "denominator", "mentions", "themes",
  "notApplicable", "officeAcceptable", "officeRated", "restAcceptable", "restRated", "metroCases", "fosterCareCases",
  "latestApplicable", "fromRated", "toRated", "expectedApplicable", "strengthsNeeded", "reviews", "restReviews", "casesReviewed",
  "scheduled", "reviewed", "finalizedOnTime", "finalizedLate", "finalizeOverdue", "finalizePending", "deidentifiedOnTime", "deidentifiedLate",
  "deidentifyOverdue", "deidentifyPending", "reported", "answeredOnTime", "answeredLate", "overdue", "pending", "windowFinalizedOnTime", "windowFinalizeDue",
  "finalizeDue", "deidentifyDue", "answerDue",
]);
const small = (x: number) => x >= 1 && x <= 10;
const whole = (x: number) => Math.abs(x - Math.round(x)) < 1e-6;

export function rowLeaks(row: Record<string, unknown>, where: string, found: string[]) {
  const counts: [string, number][] = [];
  const shares: [string, number][] = [];
  let parts: number[] = [];
  for (const [key, value] of Object.entries(row)) {
    if (key === "counts" && value && typeof value === "object") parts = Object.values(value).filter((v): v is number => typeof v === "number");
    else if (typeof value === "number" && COUNTS.has(key)) counts.push([key, value]);
    else if (typeof value === "number" && value > 0 && value < 1) shares.push([key, value]);
  }
  const all: [string, number][] = [...counts, ...parts.map((p, i): [string, number] => [`counts[${i}]`, p])];
  for (const [k, v] of all) if (small(v)) found.push(`${where}.${k} = ${v}`);
  for (const [ka, a] of all) for (const [kb, b] of all) if (small(a - b)) found.push(`${where}: ${ka} - ${kb} = ${a - b}`);
  for (const [ks, s] of shares) {
    for (const [kc, c] of all) {
      if (whole(s * c) && small(Math.round(s * c))) found.push(`${where}: ${ks} x ${kc} = ${Math.round(s * c)}`);
      if (whole((1 - s) * c) && small(Math.round((1 - s) * c))) found.push(`${where}: (1 - ${ks}) x ${kc} = ${Math.round((1 - s) * c)}`);
    }
  }
  for (let subset = 1; subset < 1 << parts.length; subset++) {
    const sum = parts.reduce((t, p, i) => (subset & (1 << i) ? t + p : t), 0);
    if (small(sum)) found.push(`${where}: a sum of rating counts = ${sum}`);
    for (const [kc, c] of counts) if (small(c - sum)) found.push(`${where}: ${kc} minus rating counts = ${c - sum}`);
  }
}

export function leaksIn(value: unknown, where: string, found: string[]) {
  if (Array.isArray(value)) value.forEach((v, i) => leaksIn(v, `${where}[${i}]`, found));
  else if (value && typeof value === "object") {
    rowLeaks(value as Record<string, unknown>, where, found);
    for (const [k, v] of Object.entries(value)) if (k !== "counts") leaksIn(v, `${where}.${k}`, found);
  }
}

/** A total minus its published parts: one masked part, or 1 to 10 left over, gives a count back. */
export function totalLeaks(total: number | null, parts: (number | null)[], where: string, found: string[]) {
  if (total === null) return;
  const hidden = parts.filter((p) => p === null).length;
  const left = total - parts.reduce<number>((s, p) => s + (p ?? 0), 0);
  if (hidden === 1) found.push(`${where}: the total minus the other parts is the masked one (${left})`);
  else if (hidden > 1 && small(left)) found.push(`${where}: the total minus the published parts leaves ${left}`);
}

