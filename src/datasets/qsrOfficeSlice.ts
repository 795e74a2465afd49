// What an office page and a Sum-Up handout load: the office's rows of qsr-indicators,
// qsr-changes, qsr-office-vs-county and qsr-reviews (exactly those datasets' rows, filtered),
// and the county's fiscal years it was reviewed in. Computed once per page from one read of
// the warehouse.
import type { DuckDBConnection } from "@duckdb/node-api";
import { settings } from "../settings.ts";
import { slug } from "../format/slug.ts";
import { changesBetweenReviews } from "./qsrChanges.ts";
import { printFromWarehouse } from "./readWarehouse.ts";
import { computeQsrCountyIndicators } from "./qsrCountyIndicators.ts";
import { computeQsrIndicators } from "./qsrIndicators.ts";
import { computeQsrOffices } from "./qsrOffices.ts";
import { officeVersusCounty } from "./qsrOfficeVsCounty.ts";
import { summariseReviews } from "./qsrReviews.ts";

export async function officeSlice(connection: DuckDBConnection, officeSlug: string) {
  const { confidence, fiscalYearStartMonth } = settings();
  const all = await computeQsrIndicators(connection);
  const mine = <T extends { office: string }>(rows: T[]) => rows.filter((r) => slug(r.office) === officeSlug);
  const reviews = mine(summariseReviews(all, confidence, fiscalYearStartMonth));
  const years = new Set(reviews.map((r) => r.fiscalYear));
  return {
    office: (await computeQsrOffices(connection)).find((o) => o.slug === officeSlug) ?? null,
    reviews,
    indicators: mine(all),
    changes: mine(changesBetweenReviews(all, confidence)),
    versusCounty: mine(officeVersusCounty(all, confidence, fiscalYearStartMonth)),
    county: (await computeQsrCountyIndicators(connection)).filter((r) => years.has(r.period)),
  };
}

export async function printOfficeSlice(officeSlug: string): Promise<void> {
  await printFromWarehouse((connection) => officeSlice(connection, officeSlug));
}
