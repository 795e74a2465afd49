// The benchmark's national-scale synthetic dataset, in the contract's input format:
// 52 jurisdictions, each with 12 OSRI regions reviewed one a month (seed 004's schedule shape)
// at 350 cases a year, and QSR reviews of 50 counties x 20 offices once a year, ~12 cases each,
// for the ten years up to `through`. Made at bench time (never committed: it is ~40 MB).
// The contract has no jurisdiction column, so a jurisdiction is written into the region code
// ("AL01") and the county and office names, as one agency's files holding everyone would be.
// `scale` shrinks both (0.05 for a quick try) without changing the shape.
// Each jurisdiction's month and each office's year draws from a random source of its own
// (`unitRandom`), so that the same data with a later `through` (and the same `from`) is the
// earlier data with the new months added, as an agency's next quarter is: the benchmark's
// rebuild after one more quarter rebuilds from exactly that.
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { addMonths, daysInMonth, firstOfMonth, formatIsoDate, parseIsoDate, toEpochDay, weekday, type IsoDate } from "../src/calendar/isoDate.ts";
import { OSRI_ITEMS } from "../src/catalog/osriItems.ts";
import { QSR_INDICATORS } from "../src/catalog/qsrIndicators.ts";
import { DEMO_PIP_PLAN } from "../src/demo/osriDemo.ts";
import { Random } from "../src/demo/random.ts";

export const JURISDICTIONS = [
  "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
  "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
  "OK", "OR", "PA", "PR", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
] as const;

export interface NationalShape {
  jurisdictions: number;
  osriCasesPerYear: number;
  qsrCounties: number;
  officesPerCounty: number;
  years: number;
}

export const NATIONAL: NationalShape = { jurisdictions: 52, osriCasesPerYear: 350, qsrCounties: 50, officesPerCounty: 20, years: 10 };

/** The shape at a fraction of national scale: fewer jurisdictions and counties, same per-unit load. */
export function scaledShape(scale: number): NationalShape {
  return {
    ...NATIONAL,
    jurisdictions: Math.max(1, Math.round(NATIONAL.jurisdictions * scale)),
    qsrCounties: Math.max(1, Math.round(NATIONAL.qsrCounties * scale)),
  };
}

const REGIONS_PER_JURISDICTION = 12;
/** Small reference files the national data shares with the demo (SIP, PQCR, holidays). */
const DEMO_FILES_KEPT = ["holidays.csv", "sip-measures.csv", "sip-targets.csv", "sip-values.csv", "pqcr-events.csv", "pqcr-findings.csv", "cycle-submissions.csv"];

/** A random source of its own for one unit of the data (a jurisdiction's month, an office's year): FNV-1a of the seed and the unit's name. */
function unitRandom(seed: number, unit: string): Random {
  let hash = 0x811c9dc5 ^ seed;
  for (let i = 0; i < unit.length; i++) hash = Math.imul(hash ^ unit.charCodeAt(i), 0x01000193);
  return new Random(hash >>> 0);
}

/** A weekday in the month, drawn at random: reviews happen on working days. */
function reviewDay(random: Random, year: number, month: number): IsoDate {
  for (;;) {
    const day = formatIsoDate({ year, month, day: random.integer(1, daysInMonth(year, month)) });
    const dow = weekday(day);
    if (dow !== 0 && dow !== 6) return day;
  }
}

/** Months (as year*12 + month-1) from the first month of the ten years to `through`'s month. */
function months(from: IsoDate, through: IsoDate): { year: number; month: number }[] {
  const start = parseIsoDate(from)!;
  const end = parseIsoDate(through)!;
  const list = [];
  for (let index = start.year * 12 + start.month - 1; index <= end.year * 12 + end.month - 1; index++) {
    list.push({ year: Math.floor(index / 12), month: (index % 12) + 1 });
  }
  return list;
}

/** Writes lines to a file in chunks, so that tens of megabytes never sit in one string. */
class CsvWriter {
  private chunk: string[] = [];
  private readonly path: string;
  rows = 0;
  constructor(path: string, header: string) {
    this.path = path;
    writeFileSync(path, `${header}\n`);
  }
  line(text: string) {
    this.chunk.push(text);
    this.rows++;
    if (this.chunk.length >= 20_000) this.flush();
  }
  flush() {
    if (this.chunk.length === 0) return;
    writeFileSync(this.path, `${this.chunk.join("\n")}\n`, { flag: "a" });
    this.chunk = [];
  }
}

function osriFiles(directory: string, shape: NationalShape, first: IsoDate, through: IsoDate, seed: number) {
  const regions = new CsvWriter(join(directory, "regions.csv"), "region,name,review_month,metro");
  const cases = new CsvWriter(join(directory, "osri-cases.csv"), `case_id,review_date,region,county,metro,case_type,${OSRI_ITEMS.map((i) => i.column).join(",")}`);
  const items = OSRI_ITEMS.map((item, index) => ({ strength: 0.45 + ((index * 7) % 10) / 25, na: index % 3 === 0 ? 0.25 : 0.05 }));
  const planStart = toEpochDay(DEMO_PIP_PLAN.implementation.start);
  for (const code of JURISDICTIONS.slice(0, shape.jurisdictions)) {
    const level = unitRandom(seed, code).normal() * 0.05;
    for (let r = 1; r <= REGIONS_PER_JURISDICTION; r++) {
      regions.line(`${code}${String(r).padStart(2, "0")},${code} region ${r},${r},${r === 1 ? "yes" : "no"}`);
    }
    for (const { year, month } of months(first, through)) {
      const random = unitRandom(seed, `${code} ${year}-${month}`);
      const region = `${code}${String(month).padStart(2, "0")}`;
      // 350 a year over 12 monthly region reviews: 29 or 30 cases, about 40% in-home.
      const total = Math.floor((shape.osriCasesPerYear * month) / 12) - Math.floor((shape.osriCasesPerYear * (month - 1)) / 12);
      const inHome = Math.round(total * 0.4);
      const monthStart = formatIsoDate({ year, month, day: 1 });
      const yearsAfterPlan = Math.max(0, (toEpochDay(monthStart) - planStart) / 365.25);
      for (let n = 0; n < total; n++) {
        const caseType = n < inHome ? "in_home" : "foster_care";
        const county = `${code} County ${random.integer(1, 4)}`;
        const ratings = items.map((item, index) => {
          const permanencyOnly = caseType === "in_home" && index >= 3 && index <= 10;
          if (permanencyOnly || random.chance(item.na)) return "NA";
          return random.chance(Math.min(0.98, item.strength + level + 0.02 * yearsAfterPlan)) ? "Strength" : "ANI";
        });
        const caseId = `${code}${String(year % 100).padStart(2, "0")}${String(month).padStart(2, "0")}-${String(n + 1).padStart(3, "0")}`;
        cases.line(`${caseId},${reviewDay(random, year, month)},${region},${county},${month === 1 ? "yes" : "no"},${caseType},${ratings.join(",")}`);
      }
    }
  }
  regions.flush();
  cases.flush();
  return cases.rows;
}

function qsrFiles(directory: string, shape: NationalShape, first: IsoDate, through: IsoDate, seed: number) {
  const offices = new CsvWriter(join(directory, "offices.csv"), "office,opened,closed,successor");
  const header = ["review_id", "office", "review_date", "protocol_version", "case_id", "case_type", ...QSR_INDICATORS.map((i) => i.column)];
  const cases = new CsvWriter(join(directory, "qsr-cases.csv"), header.join(","));
  const reviewMonths = months(first, through);
  for (let c = 1; c <= shape.qsrCounties; c++) {
    for (let o = 1; o <= shape.officesPerCounty; o++) {
      const office = `County ${String(c).padStart(2, "0")} Office ${String(o).padStart(2, "0")}`;
      const code = `C${String(c).padStart(2, "0")}O${String(o).padStart(2, "0")}`;
      offices.line(`${office},2008-07-01,,`);
      const officeRandom = unitRandom(seed, code);
      const level = officeRandom.normal() * 0.4;
      const trend = officeRandom.normal() * 0.06;
      // Each office is reviewed once a year in its own month, as a county rotates its offices.
      const ownMonth = ((c * 7 + o) % 12) + 1;
      for (const { year, month } of reviewMonths.filter((m) => m.month === ownMonth)) {
        const random = unitRandom(seed, `${code} ${year}`);
        const date = reviewDay(random, year, month);
        const reviewId = `R${year}-${code}`;
        const size = random.integer(11, 13);
        const yearsIn = year - parseIsoDate(first)!.year;
        for (let n = 1; n <= size; n++) {
          const ratings = QSR_INDICATORS.map(() => {
            if (random.chance(0.03)) return "NA";
            const value = Math.round(3.8 + level + trend * yearsIn + random.normal() * 1.1);
            return String(Math.min(6, Math.max(1, value)));
          });
          const caseId = `Q${String(year % 100).padStart(2, "0")}${code}-${String(n).padStart(2, "0")}`;
          cases.line(`${reviewId},${office},${date},2.0,${caseId},${n % 3 === 0 ? "in_home" : "out_of_home"},${ratings.join(",")}`);
        }
      }
    }
  }
  offices.flush();
  cases.flush();
  return cases.rows;
}

/**
 * Writes the dataset into `directory` and returns the number of case rows per kind. Ten years up
 * to and including `through`'s month, or from `from`'s month when given: the same `from` with a
 * later `through` writes the same cases and more.
 */
export function writeNationalDataset(directory: string, options: { shape: NationalShape; through: IsoDate; from?: IsoDate; seed?: number; demoDirectory: string }) {
  mkdirSync(directory, { recursive: true });
  const first = firstOfMonth(options.from ?? addMonths(firstOfMonth(options.through), -12 * options.shape.years + 1));
  const seed = options.seed ?? 7;
  const osriRows = osriFiles(directory, options.shape, first, options.through, seed * 1000 + 1);
  const qsrRows = qsrFiles(directory, options.shape, first, options.through, seed * 1000 + 2);
  writeFileSync(join(directory, "pip-plan.json"), `${JSON.stringify(DEMO_PIP_PLAN, null, 2)}\n`);
  writeFileSync(
    join(directory, "dataset.json"),
    `${JSON.stringify({ dataset: "Synthetic national-scale benchmark data", synthetic: true, description: `Made up by npm run bench (seed ${seed}, data from ${first} through ${options.through}). No real case, person, office or county.`, seed, generatedBy: "npm run bench" }, null, 2)}\n`,
  );
  for (const name of DEMO_FILES_KEPT) copyFileSync(join(options.demoDirectory, name), join(directory, name));
  return { osriRows, qsrRows, first };
}
