// What a county page loads: that county's rows of sip-values, sip-progress, ccfsr-calendar
// and pqcr-themes (exactly those datasets' rows, filtered), masked in public mode.
import type { DuckDBConnection } from "@duckdb/node-api";
import { slug } from "../format/slug.ts";
import { computeCcfsrCalendar, computePqcrThemes, computeSipProgress } from "./ccfsr.ts";
import { printFromWarehouse } from "./readWarehouse.ts";
import { computeSipValues } from "./sipValues.ts";

export async function countySlice(c: DuckDBConnection, countySlug: string) {
  const mine = <T extends { county?: unknown }>(rows: T[]) => rows.filter((r) => slug(String(r.county)) === countySlug);
  const progress = mine(await computeSipProgress(c));
  const calendar = mine(await computeCcfsrCalendar(c));
  return {
    county: progress[0]?.county ?? calendar[0]?.county ?? countySlug,
    values: mine(await computeSipValues(c)),
    progress,
    calendar,
    themes: mine(await computePqcrThemes(c)),
  };
}

/** Every county with a SIP target, PQCR event or SIP value: the county pages to build. */
export const COUNTIES_SQL = "SELECT county FROM sip_target UNION SELECT county FROM pqcr_event UNION SELECT county FROM sip_value ORDER BY 1";

export async function printCountySlice(countySlug: string): Promise<void> {
  await printFromWarehouse((connection) => countySlice(connection, countySlug));
}
