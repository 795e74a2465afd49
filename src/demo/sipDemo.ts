// Five fictional California-style counties in the C-CFSR cycle: quarterly data-report values
// for every catalog measure, a System Improvement Plan naming a few of them with baselines and
// targets, Peer Quality Case Reviews with findings by the report's categories.
import { addDays, addMonths, daysInMonth, formatIsoDate, quarterEndOf } from "../calendar/isoDate.ts";
import { SIP_MEASURE_CATALOG, type OutcomeMeasure } from "../catalog/sipMeasures.ts";
import { toCsv } from "../format/csv.ts";
import { ccfsrDemoFiles } from "./ccfsrDemo.ts";
import type { Random } from "./random.ts";

interface DemoCounty {
  county: string;
  /** Children in care on an average day: sets the size of every count. */
  size: number;
  pqcrEnds: string[];
  focusArea: string;
  sipMeasures: string[];
  /** Yearly movement toward (positive) or away from (negative) the better direction. */
  momentum: number;
}

const COUNTIES: DemoCounty[] = [
  { county: "Alder", size: 2400, pqcrEnds: ["2020-10-16", "2023-10-20"], focusArea: "Timely reunification", sipMeasures: ["3-P1", "3-P4", "2F"], momentum: 0.6 },
  { county: "Brookfield", size: 650, pqcrEnds: ["2021-04-23", "2024-04-19"], focusArea: "Placement stability for teens", sipMeasures: ["3-P5", "3-P2", "5B"], momentum: 0.2 },
  { county: "Cedar Valley", size: 120, pqcrEnds: ["2022-03-11", "2025-03-14"], focusArea: "Engaging fathers in case planning", sipMeasures: ["3-S2", "2B", "C-1"], momentum: -0.3 },
  { county: "Fremont Plains", size: 1300, pqcrEnds: ["2020-05-15", "2023-05-19", "2026-05-15"], focusArea: "Recurrence of maltreatment", sipMeasures: ["3-S2", "3-S1", "3-P4"], momentum: 0.0 },
  { county: "Sierra Vista", size: 380, pqcrEnds: ["2023-09-22", "2026-09-18"], focusArea: "Permanency for youth in care over two years", sipMeasures: ["3-P3", "3-P2", "2F", "5B"], momentum: 0.4 },
];

const COUNTY_MEASURE: OutcomeMeasure = {
  measure: "C-1",
  name: "Fathers engaged in case planning within 60 days",
  unit: "percent",
  direction: "higher",
  source: "Cedar Valley SIP 2022, strategy 1",
};

/** Typical level of each measure, and the share of children in care that its denominator counts. */
const LEVEL: Record<string, { level: number; spread: number; base: number }> = {
  "3-S1": { level: 8.5, spread: 2.0, base: 0 },
  "3-S2": { level: 0.092, spread: 0.015, base: 0.35 },
  "3-P1": { level: 0.38, spread: 0.04, base: 0.3 },
  "3-P2": { level: 0.44, spread: 0.05, base: 0.15 },
  "3-P3": { level: 0.3, spread: 0.05, base: 0.2 },
  "3-P4": { level: 0.085, spread: 0.02, base: 0.12 },
  "3-P5": { level: 4.3, spread: 0.5, base: 0 },
  "2B": { level: 0.93, spread: 0.02, base: 0.9 },
  "2F": { level: 0.91, spread: 0.025, base: 1 },
  "5B": { level: 0.82, spread: 0.05, base: 0.6 },
  "C-1": { level: 0.41, spread: 0.06, base: 0.25 },
};

const THEMES: Record<string, string[]> = {
  documentation: ["Contact notes entered weeks after visits", "Case plans not updated after placement changes", "Family team meeting outcomes not recorded"],
  strengths: ["Strong relationships between workers and caregivers", "Creative use of relative placements", "Supervisors available for consultation"],
  barriers: ["High caseloads limit time with families", "Turnover leaves families with several workers a year", "Court continuances delay permanency"],
  training: ["Concurrent planning for new workers", "Engaging non-custodial fathers", "Trauma-informed assessment"],
  technical_assistance: ["Help reading the quarterly data reports", "Guidance on measuring placement stability"],
  policy: ["Placement policy for teens unclear", "Visitation policy varies between units"],
  resources: ["Too few foster homes for sibling groups", "Waiting lists for substance use treatment", "No transportation for parent visits"],
};

export function sipDemoFiles(random: Random, through: string) {
  const measures = [...SIP_MEASURE_CATALOG, COUNTY_MEASURE];
  const values: Record<string, string | number>[] = [];
  const targets: Record<string, string | number>[] = [];
  const events: Record<string, string>[] = [];
  const findings: Record<string, string | number>[] = [];
  for (const county of COUNTIES) {
    // The SIP under way: the one of the latest PQCR whose SIP is due by the end of the data
    // (a SIP is due 12 months after the PQCR's last day in the 2009 cycle).
    const sipStart = addMonths(county.pqcrEnds.filter((end) => addMonths(end, 12) <= through).at(-1) ?? county.pqcrEnds[0], 12);
    // The baseline is the data report of about half a year before the plan starts.
    const baselineQuarter = quarterEndOf(addMonths(sipStart, -6));
    // A SIP runs three years from its due date: due January 15, 2009, it runs to January 14, 2012 (seed 002).
    const sipEnd = addDays(addMonths(sipStart, 36), -1);
    for (const measure of measures) {
      const tracked = county.sipMeasures.includes(measure.measure);
      if (measure === COUNTY_MEASURE && !tracked) continue;
      const spec = LEVEL[measure.measure];
      const betterSign = measure.direction === "higher" ? 1 : -1;
      const countyLevel = spec.level + random.normal() * spec.spread;
      let baselineValue: number | null = null;
      for (let quarter = 0; ; quarter++) {
        const end = quarterEnd(2019, quarter);
        if (end > through) break;
        const years = quarter / 4;
        const expected = countyLevel + betterSign * county.momentum * spec.spread * 0.6 * Math.max(0, years - 1.5);
        const { value, numerator, denominator } = observe(random, measure, county.size, spec.base, expected);
        if (end === baselineQuarter) baselineValue = value;
        values.push({ county: county.county, measure: measure.measure, quarter_end: end, value: round(value), numerator: numerator ?? "", denominator: denominator ?? "" });
      }
      if (tracked && baselineValue !== null) {
        const improvement = measure.unit === "percent" ? 0.03 : spec.spread * 0.5;
        const target = Math.max(0, Math.min(measure.unit === "percent" ? 1 : Infinity, baselineValue + betterSign * improvement));
        targets.push({ county: county.county, measure: measure.measure, baseline_quarter: baselineQuarter, baseline: round(baselineValue), target: round(target), sip_start: sipStart, sip_end: sipEnd });
      }
    }
    for (const end of county.pqcrEnds) {
      if (end > through) continue;
      const start = formatIsoDate({ year: Number(end.slice(0, 4)), month: Number(end.slice(5, 7)), day: Number(end.slice(8, 10)) - 4 });
      events.push({ county: county.county, pqcr_start: start, pqcr_end: end, focus_area: county.focusArea });
      for (const [category, themes] of Object.entries(THEMES)) {
        for (const theme of themes) {
          if (!random.chance(0.6)) continue;
          findings.push({
            county: county.county,
            pqcr_end: end,
            category,
            scope: random.chance(0.55) ? "focus_area" : "system_wide",
            source: random.chance(0.6) ? "interview" : "focus_group",
            theme,
            mentions: random.integer(1, 9),
          });
        }
      }
    }
  }
  const latestPqcr = COUNTIES.map((c) => ({ county: c.county, pqcrEnd: c.pqcrEnds.filter((e) => e <= through).at(-1)! })).filter((c) => c.pqcrEnd);
  return {
    ...ccfsrDemoFiles(random, latestPqcr, through),
    "sip-measures.csv": toCsv([{ ...COUNTY_MEASURE }], ["measure", "name", "unit", "direction", "source"]),
    "sip-targets.csv": toCsv(targets, ["county", "measure", "baseline_quarter", "baseline", "target", "sip_start", "sip_end"]),
    "sip-values.csv": toCsv(values, ["county", "measure", "quarter_end", "value", "numerator", "denominator"]),
    "pqcr-events.csv": toCsv(events, ["county", "pqcr_start", "pqcr_end", "focus_area"]),
    "pqcr-findings.csv": toCsv(findings, ["county", "pqcr_end", "category", "scope", "source", "theme", "mentions"]),
  };
}

function quarterEnd(startYear: number, quarter: number): string {
  const year = startYear + Math.floor(quarter / 4);
  const month = (quarter % 4) * 3 + 3;
  return formatIsoDate({ year, month, day: daysInMonth(year, month) });
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}

/** A quarter's observed value: counted out of a denominator that scales with the county. */
function observe(random: Random, measure: OutcomeMeasure, size: number, base: number, expected: number) {
  if (measure.unit === "percent") {
    const denominator = Math.max(3, Math.round(size * base * (0.9 + random.next() * 0.2)));
    const p = Math.min(0.995, Math.max(0.005, expected));
    const numerator = Math.max(0, Math.min(denominator, Math.round(denominator * p + random.normal() * Math.sqrt(denominator * p * (1 - p)))));
    return { value: numerator / denominator, numerator, denominator };
  }
  // Rates per days in care: the denominator is days, the numerator moves or victimizations.
  const perDays = measure.unit === "per_1000_days" ? 1000 : 100000;
  const days = Math.round(size * 91 * (0.9 + random.next() * 0.2));
  const mean = Math.max(0.1, (expected * days) / perDays);
  const numerator = Math.max(0, Math.round(mean + random.normal() * Math.sqrt(mean)));
  return { value: (numerator / days) * perDays, numerator, denominator: days };
}
