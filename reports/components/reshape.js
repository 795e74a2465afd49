// How pages reshape published rows before drawing them: small named verbs, so that a page
// reads "load, reshape, draw". Nothing here decides a published number (that is done in Node,
// in src/): these only choose, rename and lay out rows a dataset already holds.
//
// The verbs follow arquero's (filter, derive, pivot), but arquero itself cannot run here: it
// compiles every expression, escaped ones included, with `new Function`, and the site's
// content security policy forbids evaluating strings as code (no 'unsafe-eval'), which
// government sites are asked to keep.

/** The rows whose `field` is one of `values` (a Set or an array). */
export function whereIn(rows, field, values) {
  const wanted = new Set(values);
  return rows.filter((d) => wanted.has(d[field]));
}

/**
 * A share table as a grid's cells: `column` across, the indicator's label down, n the cases
 * rated; only the rows of `columns` (the offices shown).
 */
export function gridCells(rows, { labels, column, columns }) {
  return whereIn(rows, column, columns).map((d) => ({ ...d, group: labels.get(d.indicator), period: d[column], n: d.rated }));
}

/**
 * Each review's overall status and overall practice side by side (one row a review), for the
 * status-against-practice chart: reviews missing either share are left out.
 */
export function statusAgainstPractice(rows) {
  const reviews = new Map();
  for (const d of rows) {
    if (d.indicator !== "status_overall" && d.indicator !== "practice_overall") continue;
    const review = reviews.get(d.reviewId) ?? { reviewId: d.reviewId, office: d.office, reviewDate: d.reviewDate, status: null, practice: null, statusN: null, practiceN: null };
    if (d.indicator === "status_overall") Object.assign(review, { status: d.share ?? null, statusN: d.rated });
    else Object.assign(review, { practice: d.share ?? null, practiceN: d.rated });
    reviews.set(d.reviewId, review);
  }
  return [...reviews.values()].filter((d) => d.status !== null && d.practice !== null).sort((a, b) => a.office.localeCompare(b.office));
}

/** One indicator's reviews of the offices shown, each with its date and its place among small charts. */
export function smallMultiples(rows, { indicator, offices, columns = 4 }) {
  const shown = whereIn(rows, "office", offices).filter((d) => d.indicator === indicator);
  const place = new Map([...new Set(shown.map((d) => d.office))].map((office, i) => [office, i]));
  return {
    rows: shown.map((d) => ({ ...d, date: new Date(`${d.reviewDate}T00:00:00Z`), column: place.get(d.office) % columns, row: Math.floor(place.get(d.office) / columns) })),
    offices: place.size,
  };
}

/** The rows of one review, and the same keyed by indicator, for an office page or a deck. */
export function oneReview(rows, reviewId, key = "reviewId") {
  const selected = rows.filter((d) => d[key] === reviewId);
  return { rows: selected, byIndicator: new Map(selected.map((d) => [d.indicator, d])) };
}

/** Results rows of one grouping (state, region, caseType, metro), optionally of one period. */
export function grouping(rows, name, period) {
  return rows.filter((d) => d.grouping === name && (period === undefined || d.period === period));
}
