// System Improvement Plan files (domain.md section 3): outcome measures a county adds to
// the built-in catalog, each county's SIP targets, and the measures' quarterly values from
// the quarterly data reports.
import { z } from "zod";
import { isQuarterEnd } from "../calendar/isoDate.ts";
import { decimal, isoDate, oneOf, optional, requiredText, wholeNumber } from "./cells.ts";
import type { TabularKind } from "./inputKind.ts";

const measureCode = requiredText(20).regex(/^[0-9A-Za-z][0-9A-Za-z.-]*$/, "is not a measure code such as 3-P1 or 2F");

export const sipMeasureRow = z.object({
  measure: measureCode,
  name: requiredText(160),
  unit: oneOf({ percent: ["%"], per_1000_days: ["per 1,000 days", "per 1000 days"], per_100000_days: ["per 100,000 days", "per 100000 days"] }),
  direction: oneOf({ higher: ["up", "higher is better"], lower: ["down", "lower is better"] }),
  source: requiredText(200),
});

export type SipMeasureRow = z.infer<typeof sipMeasureRow>;

export const sipMeasures: TabularKind<SipMeasureRow> = {
  kind: "sip-measures",
  label: "SIP outcome measures (additions to the catalog)",
  description: "Measures a county tracks beyond the built-in federal and state measures.",
  columns: [
    { name: "measure", required: true, description: "Measure code.", example: "C-1" },
    { name: "name", required: true, description: "What it measures.", example: "Youth with a transition plan at 16" },
    { name: "unit", required: true, description: "percent (values are fractions 0-1), per_1000_days or per_100000_days.", example: "percent" },
    { name: "direction", required: true, description: "higher or lower: which direction is better.", example: "higher" },
    { name: "source", required: true, description: "Where the definition comes from.", example: "County SIP 2024, strategy 2" },
  ],
  row: sipMeasureRow,
  uniqueKey: { describe: "measure", columns: ["measure"], key: (r) => r.measure.toUpperCase() },
};

export const sipTargetRow = z
  .object({
    county: requiredText(60),
    measure: measureCode,
    baseline_quarter: isoDate,
    baseline: decimal,
    target: decimal,
    sip_start: isoDate,
    sip_end: isoDate,
  })
  .superRefine((row, ctx) => {
    if (!isQuarterEnd(row.baseline_quarter)) {
      ctx.addIssue({ code: "custom", path: ["baseline_quarter"], message: `${row.baseline_quarter} is not a quarter end (03-31, 06-30, 09-30 or 12-31)` });
    }
    if (row.sip_end <= row.sip_start) {
      ctx.addIssue({ code: "custom", path: ["sip_end"], message: `${row.sip_end} is not after sip_start ${row.sip_start}` });
    }
  });

export type SipTargetRow = z.infer<typeof sipTargetRow>;

export const sipTargets: TabularKind<SipTargetRow> = {
  kind: "sip-targets",
  label: "SIP targets",
  description: "One row per county and SIP measure: the baseline the plan starts from and the target it aims at.",
  columns: [
    { name: "county", required: true, description: "County name.", example: "Alder" },
    { name: "measure", required: true, description: "Measure code from the catalog (3-S1 ... 3-P5, 2B, 2F, 5B, or one added in sip-measures).", example: "3-P1" },
    { name: "baseline_quarter", required: true, description: "Quarter end of the data report the baseline comes from.", example: "2023-06-30" },
    { name: "baseline", required: true, description: "Baseline value: a fraction for percent measures (0.382), a rate for per_1000_days.", example: "0.382" },
    { name: "target", required: true, description: "Target value, same unit.", example: "0.42" },
    { name: "sip_start", required: true, description: "First day of the SIP period.", example: "2024-01-15" },
    { name: "sip_end", required: true, description: "Last day of the SIP period.", example: "2029-01-14" },
  ],
  row: sipTargetRow,
  uniqueKey: { describe: "county and measure", columns: ["county", "measure"], key: (r) => `${r.county.toLowerCase()}\u0000${r.measure.toUpperCase()}` },
};

export const sipValueRow = z
  .object({
    county: requiredText(60),
    measure: measureCode,
    quarter_end: isoDate,
    value: decimal,
    numerator: optional(wholeNumber),
    denominator: optional(wholeNumber),
  })
  .superRefine((row, ctx) => {
    if (!isQuarterEnd(row.quarter_end)) {
      ctx.addIssue({ code: "custom", path: ["quarter_end"], message: `${row.quarter_end} is not a quarter end (03-31, 06-30, 09-30 or 12-31)` });
    }
    if (row.numerator !== null && row.denominator !== null && row.numerator > row.denominator) {
      ctx.addIssue({ code: "custom", path: ["numerator"], message: `${row.numerator} is larger than the denominator ${row.denominator}` });
    }
  });

export type SipValueRow = z.infer<typeof sipValueRow>;

export const sipValues: TabularKind<SipValueRow> = {
  kind: "sip-values",
  label: "SIP quarterly measure values",
  description: "One row per county, measure and quarter, as the quarterly data report gives it.",
  columns: [
    { name: "county", required: true, description: "County name.", example: "Alder" },
    { name: "measure", required: true, description: "Measure code.", example: "3-P1" },
    { name: "quarter_end", required: true, description: "Last day of the report's quarter.", example: "2024-09-30" },
    { name: "value", required: true, description: "The measure's value: a fraction for percent measures, a rate for per_1000_days.", example: "0.401" },
    { name: "numerator", required: false, description: "Children counted in the numerator, when the report gives it (masked 1-10 in public mode).", example: "61" },
    { name: "denominator", required: false, description: "Children in the denominator, when the report gives it.", example: "152" },
  ],
  row: sipValueRow,
  uniqueKey: {
    describe: "county, measure and quarter_end",
    columns: ["county", "measure", "quarter_end"],
    key: (r) => `${r.county.toLowerCase()}\u0000${r.measure.toUpperCase()}\u0000${r.quarter_end}`,
  },
};
