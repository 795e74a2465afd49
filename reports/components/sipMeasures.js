// The SIP measures page's charts: a card for each measure of the county's System Improvement
// Plan, its quarterly values against the plan's baseline and target. The page and the cards
// drawn at build time (scripts/firstCharts.ts, for the first county) both use these.
import { TrendChart } from "./trendChart.js";
import { betterArrow, measureValue, valueWithCounts } from "./sipFormat.js";

/** The counties of sip-values, in its order (the page's choice opens on the first). */
export const sipCounties = (values) => [...new Set(values.map((d) => d.county))];

/** A county's quarterly values of the measures its plan sets a target for. */
export const planRows = (values, county) => values.filter((d) => d.county === county && d.target !== null);

/** The value formatter of a measure's unit. */
export const unitFormat = (unit) => (d) => measureValue(d, unit);

/** One card: the measure's name and direction, its plan, and its values by quarter. */
function measureCard(rows, { county, document }) {
  const first = rows[0];
  const format = unitFormat(first.unit);
  const card = document.createElement("div");
  card.className = "card";
  const heading = card.appendChild(document.createElement("h2"));
  heading.textContent = `${first.measure}: ${first.measureName} (${betterArrow(first.direction)})`;
  const plan = card.appendChild(document.createElement("p"));
  plan.textContent = `Baseline ${format(first.baseline)} (${first.baselineQuarter}); target ${format(first.target)}; SIP ${first.sipStart} to ${first.sipEnd}.`;
  // The latest quarter's value with its counts: the chart's points carry none.
  const latest = rows.at(-1);
  const latestText = card.appendChild(document.createElement("p"));
  latestText.className = "latest";
  latestText.textContent = `Latest ${valueWithCounts(latest.value, { ...latest, masked: (latest.masked ?? []).includes("value") })}, quarter ending ${latest.quarterEnd}.`;
  card.appendChild(
    TrendChart(rows, {
      document,
      // Two cards a row; the chart scales down to a narrower card (Plot's max-width: 100%).
      width: 520,
      x: "quarterEnd",
      y: "value",
      yFormat: format,
      title: `${first.measure} for ${county}`,
      references: [
        { value: first.baseline, label: "baseline" },
        { value: first.target, label: "target", color: "#15803d", dash: "0" },
      ],
    }),
  );
  return card;
}

/** The county's measures as cards, two a row; a county whose plan sets no target says so. */
export function SipMeasureCards(rows, { county, document = globalThis.document }) {
  const measures = [...new Set(rows.map((d) => d.measure))];
  if (measures.length === 0) {
    const note = document.createElement("p");
    note.textContent = county ? `${county}'s plan sets no measure with a target yet.` : "No county has a System Improvement Plan yet.";
    return note;
  }
  const grid = document.createElement("div");
  grid.className = "grid grid-cols-2";
  for (const measure of measures) grid.appendChild(measureCard(rows.filter((d) => d.measure === measure), { county, document }));
  return grid;
}

/** The cards as the page first draws them: the first county's. */
export function firstSipMeasures({ values }, { document }) {
  const county = sipCounties(values)[0];
  return SipMeasureCards(planRows(values, county), { county, document });
}
