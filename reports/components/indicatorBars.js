// The county-wide indicators page's bars, in the pieces the page composes (the period is the
// reader's choice) and composed with the page's default period for the chart drawn at build
// time (scripts/firstCharts.ts).
import { ShareBars } from "./shareBars.js";

/** The periods of qsr-county-indicators (fiscal years and "All years"), and the one shown first: the latest fiscal year. */
export function indicatorPeriods(county) {
  const periods = [...new Set(county.map((d) => d.period))];
  return { periods, latest: periods.filter((p) => p !== "All years").at(-1) };
}

/** One period's rows, labelled for the bars. */
export const periodRows = (county, period) => county.filter((d) => d.period === period).map((d) => ({ ...d, label: d.indicatorLabel }));

/** One domain's bars (status or practice). */
export function DomainBars(rows, { width, domain, period, document }) {
  return ShareBars(rows.filter((d) => d.domain === domain), { width, document, title: `share of cases acceptable on each ${domain} indicator, ${period}` });
}

/** The status bars as the page first draws them: the latest fiscal year. */
export function firstIndicatorBars({ county }, { width, document }) {
  const { latest } = indicatorPeriods(county);
  return DomainBars(periodRows(county, latest), { width, domain: "status", period: latest, document });
}
