// Where the offices' first charts and decks are drawn (officeFirstCharts.ts): in the build's own
// process for a few offices, in processes of their own for many. Apart from the drawing itself,
// so that the build can ask before it loads jsdom and the chart functions (about a second).
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** The office slices the build writes beside the loaders (prebuiltPageData.ts), relative to reports/. */
export const SLICES = "qsr/offices/slices";

/**
 * Up to this many offices are drawn in the build's own process, which has jsdom and the chart
 * functions loaded already: the garbage of a county's or a state's slices is a few MB, and a
 * process of their own would cost its start (1.5 s of a core the build needs for Framework).
 */
const OFFICES_IN_THE_BUILD = 100;

/** How many office slices the page data holds. */
export function officeCount(reports: string): number {
  const slices = join(reports, SLICES);
  return existsSync(slices) ? readdirSync(slices).filter((f) => f.endsWith(".json")).length : 0;
}

/** Whether the offices are drawn in processes of their own. CRD_OFFICE_CHARTS_APART=1 draws a few offices apart too: the national path, tested on the demo. */
export function officesDrawnApart(reports: string): boolean {
  return officeCount(reports) > OFFICES_IN_THE_BUILD || process.env.CRD_OFFICE_CHARTS_APART === "1";
}
