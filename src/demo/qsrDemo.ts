// The demo county's QSR: 19 offices (one closed and merged, one opened later), each reviewed
// about once a year from 2019, about 12 cases a review. Each office has its own level and
// trend, so that offices differ and some improve or slip; practice runs a little below status.
import { addDays, formatIsoDate, weekday } from "../calendar/isoDate.ts";
import { QSR_INDICATORS } from "../catalog/qsrIndicators.ts";
import { toCsv } from "../format/csv.ts";
import type { Random } from "./random.ts";

interface DemoOffice {
  office: string;
  code: string;
  opened: string;
  closed: string | null;
  successor: string | null;
  level: number;
  trend: number;
}

const OFFICE_NAMES = [
  "Northgate", "Riverside Hills", "Cedar Park", "Harbor View", "Eastfield", "Mesa Verde", "Lakeshore", "Old Mill",
  "Pine Crossing", "South Valley", "West Ridge", "Canyon Road", "Bayfront", "Sunrise", "Foothill", "Granite Bay",
  "Orchard Glen", "Twin Oaks", "Willow Creek", "Meadowbrook",
];

/** Indicators most cases cannot be rated on some of the time, with how often they are NA. */
const NA_RATE: Record<string, number> = {
  status_learning_development: 0.12,
  status_caregiver_functioning: 0.08,
  status_family_functioning: 0.06,
  status_family_connections: 0.05,
  practice_voice_choice: 0.04,
};

/** How hard each indicator is: practice indicators that need teamwork and planning rate lower. */
const DIFFICULTY: Record<string, number> = {
  status_safety: -0.7, status_stability: -0.2, status_permanency: 0.3, status_living_arrangement: -0.6,
  status_physical_health: -0.8, status_emotional_wellbeing: 0.2, status_learning_development: 0.0,
  status_family_functioning: 0.5, status_caregiver_functioning: -0.1, status_family_connections: 0.2,
  practice_engagement: -0.2, practice_voice_choice: 0.1, practice_teamwork: 0.7, practice_assessment: 0.5,
  practice_long_term_view: 0.6, practice_planning: 0.5, practice_supports_services: 0.1,
  practice_intervention_adequacy: 0.4, practice_tracking_adjustment: 0.6,
};

export function demoOffices(random: Random): DemoOffice[] {
  return OFFICE_NAMES.map((office, index) => {
    const code = office.replace(/[^A-Za-z]/g, "").slice(0, 4).toUpperCase();
    // Mesa Verde merged into Sunrise at the end of 2022 and Meadowbrook opened in its place,
    // so the county has 19 offices at any one time.
    const closed = index === 5 ? "2022-12-31" : null;
    return {
      office,
      code,
      opened: index === 19 ? "2023-01-01" : "2008-07-01",
      closed,
      successor: closed ? "Sunrise" : null,
      level: random.normal() * 0.3,
      trend: index % 5 === 0 ? 0.18 : index % 7 === 3 ? -0.15 : random.normal() * 0.05,
    };
  });
}

function clampRating(x: number): number {
  return Math.max(1, Math.min(6, Math.round(x)));
}

/** The Monday on or after a date: review week starts on a Monday. */
function mondayOnOrAfter(date: string): string {
  return addDays(date, (8 - weekday(date)) % 7);
}

export function qsrDemoFiles(random: Random, lastYear: number) {
  const offices = demoOffices(random);
  const rows: Record<string, string>[] = [];
  for (let year = 2019; year <= lastYear; year++) {
    offices.forEach((office, index) => {
      // Offices are reviewed one at a time through the year, in the same order each year.
      const month = (index % 11) + 1;
      const start = mondayOnOrAfter(formatIsoDate({ year, month, day: index >= 11 ? 15 : 1 }));
      if (start < office.opened || (office.closed && start > office.closed)) return;
      const protocol = year < 2022 ? "1.2" : "2.0";
      const reviewId = `R${year}-${office.code}`;
      const cases = random.integer(11, 13);
      const years = year - 2019;
      for (let n = 1; n <= cases; n++) {
        const caseEffect = random.normal() * 0.6;
        const row: Record<string, string> = {
          review_id: reviewId,
          office: office.office,
          review_date: start,
          protocol_version: protocol,
          case_id: `Q${String(year).slice(2)}${office.code}-${String(n).padStart(2, "0")}`,
          case_type: random.chance(0.55) ? "out_of_home" : "in_home",
        };
        let statusSum = 0, statusN = 0, practiceSum = 0, practiceN = 0;
        for (const indicator of QSR_INDICATORS) {
          if (indicator.overall) continue;
          if (random.chance(NA_RATE[indicator.column] ?? 0.01)) {
            row[indicator.column] = "NA";
            continue;
          }
          const practiceGap = indicator.domain === "practice" ? 0.2 : 0;
          const latent = 4.2 + office.level + office.trend * years + caseEffect - DIFFICULTY[indicator.column] - practiceGap + random.normal() * 0.75;
          const rating = clampRating(latent);
          row[indicator.column] = String(rating);
          if (indicator.domain === "status") [statusSum, statusN] = [statusSum + rating, statusN + 1];
          else [practiceSum, practiceN] = [practiceSum + rating, practiceN + 1];
        }
        // Overall ratings are the reviewer's judgment, entered as such: near the mean, not a formula.
        row.status_overall = String(clampRating(statusSum / statusN + random.normal() * 0.5));
        row.practice_overall = String(clampRating(practiceSum / practiceN + random.normal() * 0.5));
        // An occasional rating left unrecorded.
        if (random.chance(0.01)) row.status_family_connections = "";
        rows.push(row);
      }
    });
  }
  const columns = ["review_id", "office", "review_date", "protocol_version", "case_id", "case_type", ...QSR_INDICATORS.map((i) => i.column)];
  return {
    "offices.csv": toCsv(
      offices.map((o) => ({ office: o.office, opened: o.opened, closed: o.closed ?? "", successor: o.successor ?? "" })),
      ["office", "opened", "closed", "successor"],
    ),
    "qsr-cases.csv": toCsv(rows, columns),
  };
}

