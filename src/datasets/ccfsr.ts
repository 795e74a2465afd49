// The C-CFSR datasets a state consultant opens each quarter: sip-progress (each county's SIP
// measures with status), ccfsr-calendar (the cycle's due dates from each county's latest PQCR,
// with overdue and upcoming flags), pqcr-themes (PQCR findings counted by category, scope and
// source; never a person).
import type { DuckDBConnection } from "@duckdb/node-api";
import { addDays } from "../calendar/isoDate.ts";
import { CYCLES, cycleSteps } from "../ccfsr/cycle.ts";
import { measureStatus, STATUS_RULE } from "../ccfsr/measureStatus.ts";
import { PQCR_CATEGORY_LABELS } from "../schemas/pqcr.ts";
import { slug } from "../format/slug.ts";
import { settings } from "../settings.ts";
import { queryRows } from "../warehouse/connection.ts";
import type { Dataset } from "./dataset.ts";

/** Deadlines this many days ahead are "upcoming". */
export const UPCOMING_DAYS = 90;

export async function computeSipProgress(connection: DuckDBConnection) {
  const { sipFlatBand } = settings();
  const rows = await queryRows<{
    county: string; measure: string; name: string; unit: string; direction: "higher" | "lower"; baseline: number; baseline_quarter: string;
    target: number; sip_start: string; sip_end: string; latest_quarter: string | null; latest: number | null; numerator: number | null; denominator: number | null; quarters: number;
  }>(
    connection,
    `WITH latest AS (
       SELECT county, measure, max(quarter_end) AS quarter_end, count(*)::INTEGER AS quarters FROM sip_value GROUP BY county, measure
     )
     SELECT t.county, t.measure, m.name, m.unit, m.direction, t.baseline, t.baseline_quarter::VARCHAR AS baseline_quarter, t.target,
            t.sip_start::VARCHAR AS sip_start, t.sip_end::VARCHAR AS sip_end,
            l.quarter_end::VARCHAR AS latest_quarter, v.value AS latest, v.numerator, v.denominator, coalesce(l.quarters, 0) AS quarters
     FROM sip_target t
     JOIN sip_measure m USING (measure)
     -- a measure named in the SIP but with no quarterly value yet is still listed
     LEFT JOIN latest l ON l.county = t.county AND l.measure = t.measure
     LEFT JOIN sip_value v ON v.county = t.county AND v.measure = t.measure AND v.quarter_end = l.quarter_end
     ORDER BY t.county, t.measure`,
  );
  return rows.map((r) => {
    const status = measureStatus({ baseline: r.baseline, target: r.target, latest: r.latest, direction: r.direction, flatBand: sipFlatBand });
    return {
      county: r.county,
      countySlug: slug(r.county),
      measure: r.measure,
      measureName: r.name,
      unit: r.unit,
      direction: r.direction,
      baseline: r.baseline,
      baselineQuarter: r.baseline_quarter,
      target: r.target,
      sipStart: r.sip_start,
      sipEnd: r.sip_end,
      latestQuarter: r.latest_quarter,
      latest: r.latest,
      numerator: r.numerator,
      denominator: r.denominator,
      ...status,
      rule: STATUS_RULE,
    };
  });
}

export async function computeCcfsrCalendar(connection: DuckDBConnection) {
  const { asOf, cycle } = settings();
  const holidays = new Set((await queryRows<{ h: string }>(connection, "SELECT holiday::VARCHAR AS h FROM holiday")).map((r) => r.h));
  const events = await queryRows<{ county: string; pqcr_start: string; pqcr_end: string; focus_area: string }>(
    connection,
    // each county's latest PQCR starts the cycle that is running now
    `SELECT county, pqcr_start::VARCHAR AS pqcr_start, pqcr_end::VARCHAR AS pqcr_end, focus_area FROM pqcr_event
     QUALIFY row_number() OVER (PARTITION BY county ORDER BY pqcr_end DESC) = 1 ORDER BY county`,
  );
  const submissions = await queryRows<{ county: string; pqcr_end: string; step: string; submitted: string }>(
    connection,
    "SELECT county, pqcr_end::VARCHAR AS pqcr_end, step, submitted::VARCHAR AS submitted FROM cycle_submission",
  );
  const horizon = addDays(asOf, UPCOMING_DAYS);
  return events.flatMap((event) => {
    const submitted = new Map(submissions.filter((s) => s.county === event.county && s.pqcr_end === event.pqcr_end).map((s) => [s.step, s.submitted]));
    return cycleSteps(event.pqcr_end, cycle, holidays, submitted).map((step) => {
      const done = submitted.get(step.step) ?? null;
      const flag =
        step.until && step.due <= asOf && asOf <= step.until ? "in progress"
        : step.kind !== "county" ? (step.due < asOf ? "past" : step.due <= horizon ? "upcoming" : "later")
        : done ? "submitted"
        : step.due < asOf ? "overdue"
        : step.due <= horizon ? "upcoming"
        : "later";
      return {
        county: event.county,
        countySlug: slug(event.county),
        pqcrStart: event.pqcr_start,
        pqcrEnd: event.pqcr_end,
        focusArea: event.focus_area,
        cycle,
        cycleLabel: CYCLES[cycle].label,
        step: step.step,
        label: step.label,
        kind: step.kind,
        due: step.due,
        until: step.until ?? null,
        submitted: done,
        flag,
        asOf,
      };
    });
  });
}

export async function computePqcrThemes(connection: DuckDBConnection) {
  const rows = await queryRows<{ county: string; pqcr_end: string; focus_area: string | null; category: string; scope: string; source: string; themes: number; mentions: number }>(
    connection,
    `SELECT f.county, f.pqcr_end::VARCHAR AS pqcr_end, e.focus_area, f.category, f.scope, f.source,
            count(DISTINCT f.theme)::INTEGER AS themes, sum(f.mentions)::INTEGER AS mentions
     FROM pqcr_finding f
     LEFT JOIN pqcr_event e ON e.county = f.county AND e.pqcr_end = f.pqcr_end
     GROUP BY ALL
     ORDER BY f.county, pqcr_end, f.category, f.scope, f.source`,
  );
  return rows.map((r) => ({
    county: r.county,
    pqcrEnd: r.pqcr_end,
    focusArea: r.focus_area,
    category: r.category,
    categoryLabel: PQCR_CATEGORY_LABELS[r.category as keyof typeof PQCR_CATEGORY_LABELS],
    scope: r.scope,
    source: r.source,
    themes: r.themes,
    mentions: r.mentions,
  }));
}

export const sipProgress: Dataset = {
  name: "sip-progress",
  description: "Per county and SIP measure: baseline, target, latest quarterly value, change in the better direction, status (target met, improving, flat, worsening) and the rule.",
  pages: ["sip/index", "sip/counties/[county]"],
  compute: computeSipProgress,
};

export const ccfsrCalendar: Dataset = {
  name: "ccfsr-calendar",
  description: "Per county, the C-CFSR cycle from its latest PQCR: each step's due date, submission, and flag (submitted, overdue, upcoming within 90 days, later, past, in progress).",
  pages: ["sip/index", "sip/counties/[county]"],
  compute: computeCcfsrCalendar,
};

export const pqcrThemes: Dataset = {
  name: "pqcr-themes",
  description: "Per county and PQCR: themes and mentions counted by summary-of-practice category, focus area vs system-wide, interviews vs focus groups.",
  pages: ["sip/counties/[county]"],
  compute: computePqcrThemes,
};
