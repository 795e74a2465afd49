// qsr-office-vs-county: each review's share acceptable per indicator beside the rest of the
// county in the same fiscal year, with Newcombe's interval for the difference. The office is
// compared with the other offices' cases, not with a county total that contains its own
// cases, so that the two samples are independent as the interval assumes.
import type { DuckDBConnection } from "@duckdb/node-api";
import { fiscalYearOf } from "../calendar/fiscalYear.ts";
import { settings } from "../settings.ts";
import { newcombeDifference } from "../stats/newcombe.ts";
import { zForConfidence } from "../stats/wilson.ts";
import type { Dataset } from "./dataset.ts";
import { computeQsrIndicators } from "./qsrIndicators.ts";

type IndicatorRow = Awaited<ReturnType<typeof computeQsrIndicators>>[number];

export function officeVersusCounty(rows: IndicatorRow[], confidence: number, fiscalYearStartMonth: number) {
  const z = zForConfidence(confidence);
  const yearOf = (row: IndicatorRow) => fiscalYearOf(row.reviewDate, fiscalYearStartMonth).label;
  const totals = new Map<string, { acceptable: number; rated: number; reviews: number }>();
  for (const row of rows) {
    const key = `${yearOf(row)}\u0000${row.indicator}`;
    const t = totals.get(key) ?? { acceptable: 0, rated: 0, reviews: 0 };
    totals.set(key, { acceptable: t.acceptable + row.acceptable, rated: t.rated + row.rated, reviews: t.reviews + 1 });
  }
  return rows.map((row) => {
    const year = yearOf(row);
    const total = totals.get(`${year}\u0000${row.indicator}`)!;
    const rest = { acceptable: total.acceptable - row.acceptable, rated: total.rated - row.rated, reviews: total.reviews - 1 };
    const d = newcombeDifference(rest.acceptable, rest.rated, row.acceptable, row.rated, z);
    return {
      reviewId: row.reviewId,
      office: row.office,
      reviewDate: row.reviewDate,
      fiscalYear: year,
      indicator: row.indicator,
      officeAcceptable: row.acceptable,
      officeRated: row.rated,
      officeShare: row.share,
      restReviews: rest.reviews,
      restAcceptable: rest.acceptable,
      restRated: rest.rated,
      restShare: rest.rated > 0 ? rest.acceptable / rest.rated : null,
      difference: d?.difference ?? null,
      low: d?.low ?? null,
      high: d?.high ?? null,
      differs: d?.excludesZero ?? false,
      ...(d === null ? { reason: row.rated === 0 ? "no case of this review was rated on this indicator" : "no other office's case was rated on this indicator this fiscal year" } : {}),
    };
  });
}

export async function computeQsrOfficeVsCounty(connection: DuckDBConnection) {
  const { confidence, fiscalYearStartMonth } = settings();
  return officeVersusCounty(await computeQsrIndicators(connection), confidence, fiscalYearStartMonth);
}

export const qsrOfficeVsCounty: Dataset = {
  name: "qsr-office-vs-county",
  description: "Per QSR review and indicator: the office's share acceptable against the rest of the county in the same fiscal year, with Newcombe's interval; differs only when it excludes 0.",
  pages: ["qsr/office"],
  compute: computeQsrOfficeVsCounty,
};
