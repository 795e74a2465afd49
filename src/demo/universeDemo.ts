// The demo state's case universe for `crd sample` (written to data/demo/universe/, a folder
// crd ingest does not read: the universe is never loaded). Every region has its foster care
// custody episodes and in-home cases from 2018 on, with what the frames must handle: episodes
// ending the day they start, children back in care, in-home cases closed within 45 days,
// household children who spent time in foster care, services other than in-home, and workers
// carrying many cases. Pseudonymous ids only.
import { addDays, formatIsoDate, type IsoDate } from "../calendar/isoDate.ts";
import { toCsv } from "../format/csv.ts";
import { DEMO_REGIONS } from "./osriDemo.ts";
import type { Random } from "./random.ts";

const START = 2018;

function dayBetween(random: Random, firstYear: number, through: IsoDate): IsoDate {
  const last = Number(through.slice(0, 4));
  for (;;) {
    const date = formatIsoDate({ year: random.integer(firstYear, last), month: random.integer(1, 12), day: random.integer(1, 28) });
    if (date <= through) return date;
  }
}

export function universeDemoFiles(random: Random, through: IsoDate) {
  const fosterCare: Record<string, string>[] = [];
  const inHome: Record<string, string>[] = [];
  const household: Record<string, string>[] = [];
  let child = 0;
  for (const region of DEMO_REGIONS) {
    const workers = Array.from({ length: 20 }, (_, i) => `W-${region.region}-${i + 1}`);
    // Some workers carry far more cases than others.
    const worker = () => (random.chance(0.15) ? workers[0] : random.pick(workers));
    for (let n = 1; n <= 260; n++) {
      const caseId = `FC-${region.region}-${String(n).padStart(4, "0")}`;
      const childId = `CH-${String(++child).padStart(6, "0")}`;
      const county = random.pick(region.counties);
      const key = worker();
      let start = dayBetween(random, START, through);
      for (let episode = 0; episode < (random.chance(0.15) ? 2 : 1); episode++) {
        // A few removals end the same day (a child returned home within hours).
        const length = random.chance(0.04) ? 0 : Math.round(20 + random.next() * random.next() * 1400);
        const end = addDays(start, length);
        fosterCare.push({ case_id: caseId, child_id: childId, region: region.region, county, custody_start: start, custody_end: end > through ? "" : end, worker_key: key });
        if (end > through) break;
        start = addDays(end, random.integer(60, 500));
        if (start > through) break;
      }
    }
    for (let n = 1; n <= 300; n++) {
      const caseId = `IH-${region.region}-${String(n).padStart(4, "0")}`;
      const county = random.pick(region.counties);
      const key = worker();
      const start = dayBetween(random, START, through);
      const length = random.chance(0.12) ? random.integer(5, 44) : random.integer(45, 420);
      const end = addDays(start, length);
      const caseEnd = end > through ? "" : end;
      const serviceType = random.chance(0.08) ? "prevention" : "in_home";
      inHome.push({ case_id: caseId, region: region.region, county, case_start: start, case_end: caseEnd, service_type: serviceType, service_start: start, service_end: caseEnd, worker_key: key });
      for (let k = random.integer(1, 3); k > 0; k--) {
        const childId = `CH-${String(++child).padStart(6, "0")}`;
        household.push({ case_id: caseId, child_id: childId });
        // Now and then a household child spends days or months in foster care during the case.
        if (random.chance(0.05)) {
          const removed = addDays(start, random.integer(10, Math.max(11, length)));
          if (removed <= through) {
            const back = addDays(removed, random.chance(0.5) ? 1 : random.integer(2, 120));
            fosterCare.push({ case_id: `FC-${region.region}-H${String(n).padStart(3, "0")}`, child_id: childId, region: region.region, county, custody_start: removed, custody_end: back > through ? "" : back, worker_key: random.pick(workers) });
          }
        }
      }
    }
  }
  return {
    "universe/foster-care.csv": toCsv(fosterCare, ["case_id", "child_id", "region", "county", "custody_start", "custody_end", "worker_key"]),
    "universe/in-home.csv": toCsv(inHome, ["case_id", "region", "county", "case_start", "case_end", "service_type", "service_start", "service_end", "worker_key"]),
    "universe/household.csv": toCsv(household, ["case_id", "child_id"]),
  };
}
