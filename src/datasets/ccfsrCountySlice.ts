// What a county page loads: that county's rows of sip-values, sip-progress, ccfsr-calendar
// and pqcr-themes (exactly those datasets' rows, filtered), masked in public mode.
import { slug } from "../format/slug.ts";
import { settings } from "../settings.ts";
import { openWarehouse } from "../warehouse/connection.ts";
import { warehousePath } from "../warehouse/location.ts";
import { computeCcfsrCalendar, computePqcrThemes, computeSipProgress } from "./ccfsr.ts";
import { maskRow } from "./publicMode.ts";
import { computeSipValues } from "./sipValues.ts";

export async function printCountySlice(countySlug: string): Promise<void> {
  const warehouse = await openWarehouse(warehousePath(), { readOnly: true });
  try {
    const c = warehouse.connection;
    const mine = <T extends { county?: unknown }>(rows: T[]) => rows.filter((r) => slug(String(r.county)) === countySlug);
    const slice = {
      county: mine(await computeSipProgress(c))[0]?.county ?? mine(await computeCcfsrCalendar(c))[0]?.county ?? countySlug,
      values: mine(await computeSipValues(c)),
      progress: mine(await computeSipProgress(c)),
      calendar: mine(await computeCcfsrCalendar(c)),
      themes: mine(await computePqcrThemes(c)),
    };
    process.stdout.write(JSON.stringify(settings().publicMode ? maskRow(slice) : slice));
  } finally {
    warehouse.close();
  }
}
