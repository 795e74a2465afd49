// Writes checked rows into a new, empty warehouse file. Only rows that passed every check
// reach this point; nothing here validates.
import type { DuckDBAppender, DuckDBConnection, DuckDBValue } from "@duckdb/node-api";
import { OSRI_ITEMS } from "../src/catalog/osriItems.ts";
import { QSR_INDICATORS } from "../src/catalog/qsrIndicators.ts";
import { SIP_MEASURE_CATALOG } from "../src/catalog/sipMeasures.ts";
import type { CycleSubmissionRow, HolidayRow } from "../src/schemas/ccfsrReference.ts";
import type { OsriCaseRow } from "../src/schemas/osriCase.ts";
import type { PqcrEventRow, PqcrFindingRow } from "../src/schemas/pqcr.ts";
import type { QsrCaseRow } from "../src/schemas/qsrCase.ts";
import type { QsrNextStepRow, QsrTargetRow, QsrThemeRow } from "../src/schemas/qsrMeeting.ts";
import type { ReviewConcernRow, ReviewQaRow } from "../src/schemas/reviewOperations.ts";
import type { OfficeRow, RegionRow } from "../src/schemas/reference.ts";
import type { SipMeasureRow, SipTargetRow, SipValueRow } from "../src/schemas/sip.ts";
import { WAREHOUSE_TABLES } from "../src/warehouse/schema.ts";
import type { CheckedFile } from "./checkFile.ts";
import type { FileSummary } from "./summary.ts";

type Append = (table: string, values: DuckDBValue[]) => void;
type Writer = (row: any, append: Append, written: Set<string>) => void;

const WRITERS: Record<string, Writer> = {
  offices: (o: OfficeRow, append) => append("office", [o.office, o.opened, o.closed, o.successor]),
  regions: (r: RegionRow, append) => append("region", [r.region.toUpperCase(), r.name, r.review_month, r.metro]),
  "sip-measures": (m: SipMeasureRow, append) => append("sip_measure", [m.measure, m.name, m.unit, m.direction, m.source, "county"]),
  "qsr-cases": (c: QsrCaseRow, append, written) => {
    if (!written.has(c.review_id)) {
      written.add(c.review_id);
      append("qsr_review", [c.review_id, c.office, c.review_date, c.protocol_version]);
    }
    append("qsr_case", [c.review_id, c.case_id, c.case_type]);
    // '1' to '6', 'NA', or NULL when not recorded (src/warehouse/schema.ts)
    const ratings = QSR_INDICATORS.map((i) => (c as Record<string, unknown>)[i.column] as number | "NA" | null);
    append("qsr_case_rating", [c.review_id, c.case_id, ...ratings.map((rating) => (rating === null ? null : String(rating)))]);
  },
  "qsr-themes": (t: QsrThemeRow, append) => append("qsr_theme", [t.review_id, t.category, t.theme, t.cases]),
  "qsr-next-steps": (s: QsrNextStepRow, append) => append("qsr_next_step", [s.review_id, s.step, s.indicator, s.due_date, s.status]),
  "qsr-targets": (t: QsrTargetRow, append) => append("qsr_target", [t.indicator, t.share_acceptable, t.from_date]),
  "osri-cases": (c: OsriCaseRow, append) => {
    append("osri_case", [c.case_id, c.review_date, c.region.toUpperCase(), c.county, c.metro, c.case_type, c.baseline_sample]);
    append("osri_case_rating", [c.case_id, ...OSRI_ITEMS.map((i) => (c as Record<string, unknown>)[i.column] as string | null)]);
  },
  "review-qa": (q: ReviewQaRow, append) => append("review_qa", [q.case_id, q.region.toUpperCase(), q.review_date, q.first_qa, q.second_qa, q.cb_oversight, q.finalized, q.deidentified]),
  "review-concerns": (c: ReviewConcernRow, append) => append("review_concern", [c.concern_id, c.region.toUpperCase(), c.review_date, c.type, c.reported, c.response]),
  "sip-targets": (t: SipTargetRow, append) => append("sip_target", [t.county, t.measure.toUpperCase(), t.baseline_quarter, t.baseline, t.target, t.sip_start, t.sip_end]),
  "sip-values": (v: SipValueRow, append) => append("sip_value", [v.county, v.measure.toUpperCase(), v.quarter_end, v.value, v.numerator, v.denominator]),
  "pqcr-events": (e: PqcrEventRow, append) => append("pqcr_event", [e.county, e.pqcr_start, e.pqcr_end, e.focus_area]),
  holidays: (h: HolidayRow, append) => append("holiday", [h.holiday, h.name]),
  "cycle-submissions": (c: CycleSubmissionRow, append) => append("cycle_submission", [c.county, c.pqcr_end, c.step, c.submitted]),
  "pqcr-findings": (f: PqcrFindingRow, append) => append("pqcr_finding", [f.county, f.pqcr_end, f.category, f.scope, f.source, f.theme, f.mentions]),
};

export async function writeWarehouse(connection: DuckDBConnection, files: CheckedFile[], summaries: FileSummary[]): Promise<void> {
  await connection.run(WAREHOUSE_TABLES);
  const appenders = new Map<string, DuckDBAppender>();
  const append: Append = (table, values) => {
    const appender = appenders.get(table);
    if (!appender) throw new Error(`no appender for table ${table}`);
    for (const value of values) appender.appendValue(value);
    appender.endRow();
  };
  for (const table of ["office", "region", "sip_measure", "qsr_review", "qsr_case", "qsr_case_rating", "qsr_theme", "qsr_next_step", "qsr_target", "osri_case", "osri_case_rating", "review_qa", "review_concern", "sip_target", "sip_value", "pqcr_event", "pqcr_finding", "holiday", "cycle_submission", "ingest_file"]) {
    appenders.set(table, await connection.createAppender(table));
  }
  for (const measure of SIP_MEASURE_CATALOG) {
    append("sip_measure", [measure.measure, measure.name, measure.unit, measure.direction, measure.source, "catalog"]);
  }
  const written = new Set<string>();
  for (const file of files) {
    if (file.type !== "table") continue;
    const writer = WRITERS[file.kind.kind];
    for (const row of file.rows) if (row.value !== null) writer(row.value, append, written);
  }
  for (const s of summaries) append("ingest_file", [s.file, s.kind, s.read, s.loaded, s.rejected]);
  for (const appender of appenders.values()) appender.closeSync();

  for (const file of files) {
    if (file.type === "pip-plan" && file.plan) {
      await connection.run("INSERT INTO pip_plan VALUES ($plan)", { plan: JSON.stringify(file.plan) });
    }
    if (file.type === "manifest" && file.manifest) {
      const m = file.manifest;
      await connection.run("INSERT INTO dataset_info VALUES ($dataset, $synthetic, $description, $seed)", {
        dataset: m.dataset,
        synthetic: m.synthetic,
        description: m.description,
        seed: m.seed ?? null,
      });
    }
  }
}
