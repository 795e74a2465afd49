// The demo state's OSRI reviews on seed 004's regional schedule: 14 regions, 3S the
// metropolitan region; 10 in-home + 15 foster care cases per region review, March and June
// with two regions. In the baseline year (July 2019 - June 2020) 8 in-home and 12 foster care
// of each region's 25 are drawn at random and marked baseline_sample = yes (seed 004). Item
// performance moves over time: the PIP items improve after the plan starts, some unevenly.
import { addDays, daysInMonth, formatIsoDate, toEpochDay, weekday } from "../calendar/isoDate.ts";
import { OSRI_ITEMS } from "../catalog/osriItems.ts";
import { toCsv } from "../format/csv.ts";
import type { Random } from "./random.ts";

export const DEMO_REGIONS: readonly { region: string; name: string; month: number; metro: boolean; counties: string[] }[] = [
  { region: "5E", name: "Region 5 East", month: 1, metro: false, counties: ["Ashford", "Bellmont"] },
  { region: "7C", name: "Region 7 Central", month: 2, metro: false, counties: ["Caddo Springs", "Dunmore"] },
  { region: "2W", name: "Region 2 West", month: 3, metro: false, counties: ["Elkhorn", "Fairview"] },
  { region: "1S", name: "Region 1 South", month: 3, metro: false, counties: ["Glenwood", "Hollis"] },
  { region: "5W", name: "Region 5 West", month: 4, metro: false, counties: ["Ironton", "Jasper Flats"] },
  { region: "7E", name: "Region 7 East", month: 5, metro: false, counties: ["Kessler", "Lamar Bend"] },
  { region: "6", name: "Region 6", month: 6, metro: false, counties: ["Marlow", "Newcastle", "Oakdale"] },
  { region: "7W", name: "Region 7 West", month: 6, metro: false, counties: ["Pruitt", "Quinlan"] },
  { region: "2E", name: "Region 2 East", month: 7, metro: false, counties: ["Redbank", "Stanton"] },
  { region: "1N", name: "Region 1 North", month: 8, metro: false, counties: ["Tilden", "Upton"] },
  { region: "3S", name: "Region 3 South (Metro)", month: 9, metro: true, counties: ["Capital", "Vance"] },
  { region: "4S", name: "Region 4 South", month: 10, metro: false, counties: ["Wexford", "Yardley"] },
  { region: "3N", name: "Region 3 North", month: 11, metro: false, counties: ["Zeller", "Arbor"] },
  { region: "4N", name: "Region 4 North", month: 12, metro: false, counties: ["Bristow", "Colter"] },
];

export const DEMO_PIP_PLAN = {
  baseline: { start: "2019-07-01", end: "2020-06-30" },
  implementation: { start: "2020-01-01", end: "2022-03-31" },
  nonOverlappingEnd: "2023-03-31",
  items: [1, 2, 3, 4, 5, 6, 12, 13, 14, 15],
  z: 1.28,
  overlapMonths: null,
  tolerance: { applicableCases: 0.02, distributionPoints: 0.05 },
  highGoal: { above: 0.9, consecutiveQuarters: 3 },
};

/** Chance of a Strength in the baseline year, and how much it rises (or falls) per year after. */
const ITEM_PERFORMANCE: Record<number, { base: number; yearly: number; na: number }> = {
  1: { base: 0.95, yearly: 0.004, na: 0.7 }, // a goal above 90%: the high-goal rule applies
  2: { base: 0.62, yearly: 0.035, na: 0.45 },
  3: { base: 0.55, yearly: 0.04, na: 0 },
  4: { base: 0.78, yearly: 0.0, na: 0 }, // flat: not met
  5: { base: 0.6, yearly: 0.03, na: 0.02 },
  6: { base: 0.45, yearly: -0.012, na: 0 }, // slipping
  7: { base: 0.86, yearly: 0.0, na: 0.55 },
  8: { base: 0.62, yearly: 0.01, na: 0.2 },
  9: { base: 0.7, yearly: 0.005, na: 0.05 },
  10: { base: 0.68, yearly: -0.01, na: 0.15 },
  11: { base: 0.5, yearly: 0.01, na: 0.3 },
  12: { base: 0.38, yearly: 0.012, na: 0 }, // slow: close to its goal
  13: { base: 0.45, yearly: 0.035, na: 0.05 },
  14: { base: 0.58, yearly: 0.03, na: 0 },
  15: { base: 0.32, yearly: 0.008, na: 0.2 },
  16: { base: 0.8, yearly: 0.0, na: 0.4 },
  17: { base: 0.75, yearly: -0.005, na: 0.05 },
  18: { base: 0.6, yearly: 0.0, na: 0.3 },
};

/** Region reviews that did not happen: the metro review of September 2023 was postponed, which
 * the +/-5% metro-share check must catch in the windows that miss it. */
const MISSED_REVIEWS = new Set(["2023-09 3S"]);


/** `size` of the numbers 0 .. count-1, drawn at random (a partial Fisher-Yates shuffle). */
function randomSubset(random: Random, count: number, size: number): Set<number> {
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = 0; i < size; i++) {
    const j = random.integer(i, count - 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return new Set(order.slice(0, size));
}

export function osriDemoFiles(random: Random, through: string) {
  const rows: Record<string, string>[] = [];
  const regionEffect = new Map(DEMO_REGIONS.map((r) => [r.region, r.metro ? -0.04 : random.normal() * 0.04]));
  for (let index = 2019 * 12 + 6; ; index++) {
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const monthEnd = formatIsoDate({ year, month, day: daysInMonth(year, month) });
    if (monthEnd > through) break;
    const baselineYear = monthEnd <= DEMO_PIP_PLAN.baseline.end;
    const yearsAfterPlan = Math.max(0, (toEpochDay(monthEnd) - toEpochDay(DEMO_PIP_PLAN.implementation.start)) / 365.25);
    for (const region of DEMO_REGIONS.filter((r) => r.month === month)) {
      if (MISSED_REVIEWS.has(`${monthEnd.slice(0, 7)} ${region.region}`)) continue;
      const perType = { in_home: 10, foster_care: 15 };
      const baselinePerType = { in_home: 8, foster_care: 12 };
      let serial = 0;
      for (const caseType of ["foster_care", "in_home"] as const) {
        const inSample = baselineYear ? randomSubset(random, perType[caseType], baselinePerType[caseType]) : null;
        for (let n = 0; n < perType[caseType]; n++) {
          serial++;
          // Case reviews happen on weekdays through the review month.
          let date = formatIsoDate({ year, month, day: random.integer(3, 26) });
          while (weekday(date) === 0 || weekday(date) === 6) date = addDays(date, 1);
          const row: Record<string, string> = {
            case_id: `OS${String(year).slice(2)}${String(month).padStart(2, "0")}-${region.region}-${String(serial).padStart(2, "0")}`,
            review_date: date,
            region: region.region,
            county: random.pick(region.counties),
            metro: region.metro ? "yes" : "no",
            case_type: caseType,
            baseline_sample: inSample === null ? "" : inSample.has(n) ? "yes" : "no",
          };
          const caseEffect = random.normal() * 0.08;
          for (const item of OSRI_ITEMS) {
            const p = ITEM_PERFORMANCE[item.item];
            if ((item.fosterCareOnly && caseType === "in_home") || random.chance(p.na)) {
              row[item.column] = "NA";
              continue;
            }
            const chance = Math.min(0.97, Math.max(0.05, p.base + p.yearly * yearsAfterPlan + regionEffect.get(region.region)! + caseEffect));
            row[item.column] = random.chance(chance) ? "Strength" : "ANI";
          }
          rows.push(row);
        }
      }
    }
  }
  const columns = ["case_id", "review_date", "region", "county", "metro", "case_type", ...OSRI_ITEMS.map((i) => i.column), "baseline_sample"];
  return {
    "regions.csv": toCsv(
      DEMO_REGIONS.map((r) => ({ region: r.region, name: r.name, review_month: r.month, metro: r.metro ? "yes" : "no" })),
      ["region", "name", "review_month", "metro"],
    ),
    "osri-cases.csv": toCsv(rows, columns),
    "pip-plan.json": `${JSON.stringify(DEMO_PIP_PLAN, null, 2)}\n`,
  };
}
