// The distribution of ratings for each indicator as one bar diverging at the line between 3
// and 4: unacceptable ratings (3, 2, 1) to the left, acceptable ones (4, 5, 6) to the right,
// counted in cases, so that a review of 12 cases reads as 12 cases.
import * as Plot from "@observablehq/plot";

const COLORS = { 1: "#b2182b", 2: "#ef8a62", 3: "#fddbc7", 4: "#d1e5f0", 5: "#67a9cf", 6: "#2166ac" };
const LABELS = { 1: "1 Adverse", 2: "2 Poor", 3: "3 Marginal", 4: "4 Fair", 5: "5 Good", 6: "6 Optimal" };

export function segments(rows, label = "indicatorLabel") {
  return rows.flatMap((row) => {
    const out = [];
    let left = 0;
    for (const rating of [3, 2, 1]) {
      const n = row.counts[rating];
      if (n > 0) out.push({ label: row[label], rating, n, x1: -left - n, x2: -left });
      left += n;
    }
    let right = 0;
    for (const rating of [4, 5, 6]) {
      const n = row.counts[rating];
      if (n > 0) out.push({ label: row[label], rating, n, x1: right, x2: right + n });
      right += n;
    }
    return out;
  });
}

/** `fontSize` scales the whole chart: 10 on a page, about 18 on a slide for the back of a room. */
export function DivergingRatings(rows, { width, label = "indicatorLabel", title = "", fontSize = 10, document } = {}) {
  const scale = fontSize / 10;
  const parts = segments(rows, label);
  const extent = Math.max(1, ...rows.map((r) => Math.max(r.counts[1] + r.counts[2] + r.counts[3], r.counts[4] + r.counts[5] + r.counts[6])));
  const longest = Math.max(0, ...rows.map((d) => String(d[label]).length));
  return Plot.plot({
    // In the browser, the page's document; at build time (scripts/officeFirstCharts.ts), jsdom's.
    document,
    width,
    height: 26 * scale * rows.length + 70 * scale,
    marginLeft: Math.min(Math.max(60, longest * 6.5 * scale), width * 0.4),
    marginBottom: 40 * scale,
    style: { fontSize: `${fontSize}px` },
    ariaLabel: title,
    ariaDescription: `Ratings of each indicator, cases rated 1 to 3 to the left of the line and 4 to 6 to the right. The same numbers are in the table below.`,
    x: { domain: [-extent, extent], label: "← cases rated 1-3 (unacceptable) · cases rated 4-6 (acceptable) →", labelAnchor: "center", tickFormat: (d) => Math.abs(d) },
    y: { domain: rows.map((r) => r[label]), label: null },
    color: { domain: [1, 2, 3, 4, 5, 6], range: [1, 2, 3, 4, 5, 6].map((r) => COLORS[r]), tickFormat: (r) => LABELS[r], legend: true, type: "ordinal" },
    marks: [
      Plot.barX(parts, { x1: "x1", x2: "x2", y: "label", fill: "rating", title: (d) => `${d.label}: ${d.n} rated ${LABELS[d.rating]}` }),
      Plot.text(parts, { x: (d) => (d.x1 + d.x2) / 2, y: "label", text: "n", fill: (d) => (d.rating === 1 || d.rating === 6 || d.rating === 5 ? "white" : "black"), fontSize }),
      Plot.ruleX([0], { stroke: "black", strokeWidth: 1.5 }),
    ],
  });
}
