// npm run corpus: writes the bad-input corpus of test/fixtures/bad-input: one input file per
// case and, beside it, NAME.expected.json with the outcome a person would expect, written by
// hand here (never by running the ingest): whether the ingest is refused and which problems
// (row, column, part of the reason) it must name. Files too large to commit are made by the
// test itself.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { QSR_INDICATOR_COLUMNS } from "../src/catalog/qsrIndicators.ts";
import { OSRI_ITEM_COLUMNS } from "../src/catalog/osriItems.ts";

const directory = "test/fixtures/bad-input";

interface Expected {
  refused: boolean;
  problems: { row: number | null; column: string | null; reason: string }[];
  description: string;
}

const QSR = ["review_id", "office", "review_date", "protocol_version", "case_id", "case_type", ...QSR_INDICATOR_COLUMNS];
const OSRI = ["case_id", "review_date", "region", "county", "metro", "case_type", ...OSRI_ITEM_COLUMNS];

function qsrRow(o: Record<string, string> = {}, n = 1): Record<string, string> {
  const row: Record<string, string> = { review_id: "R1", office: "Northgate", review_date: "2024-03-04", protocol_version: "2.0", case_id: `CASE-0${n}`, case_type: "in_home" };
  for (const c of QSR_INDICATOR_COLUMNS) row[c] = "4";
  return { ...row, ...o };
}
function osriRow(o: Record<string, string> = {}, n = 1): Record<string, string> {
  const row: Record<string, string> = { case_id: `OS-000${n}`, review_date: "2020-03-10", region: "3S", county: "Capital", metro: "yes", case_type: "foster_care" };
  for (const c of OSRI_ITEM_COLUMNS) row[c] = "Strength";
  return { ...row, ...o };
}
const csv = (header: string[], rows: Record<string, string>[], eol = "\n") => [header.join(","), ...rows.map((r) => header.map((h) => r[h] ?? "").join(","))].join(eol) + eol;
const qsr = (rows: Record<string, string>[], header = QSR) => csv(header, rows);
const osri = (rows: Record<string, string>[], header = OSRI) => csv(header, rows);
const three = (o: Record<string, string>) => [qsrRow({}, 1), qsrRow(o, 2), qsrRow({}, 3)];
const problem = (row: number | null, column: string | null, reason: string) => ({ row, column, reason });
const loaded = (description: string): Expected => ({ refused: false, problems: [], description });
const refused = (description: string, ...problems: Expected["problems"]): Expected => ({ refused: true, problems, description });

const PLAN = { baseline: { start: "2019-07-01", end: "2020-06-30" }, implementation: { start: "2020-01-01", end: "2022-03-31" }, nonOverlappingEnd: "2023-03-31", items: [1, 2, 3], z: 1.28, overlapMonths: null };

const cases: [string, string | Buffer, Expected][] = [
  ["qsr-valid.csv", qsr(three({})), loaded("a valid file, the control")],
  ["qsr-no-header.csv", qsr(three({})).split("\n").slice(1).join("\n"), refused("the header row is missing: the first case is read as a header", problem(1, null, "matches no input kind"))],
  ["qsr-other-product-header.csv", "Name,Score,Comment\nx,1,y\n", refused("a header from another product", problem(1, null, "matches no input kind"))],
  ["qsr-misspelled-column.csv", qsr(three({}).map((r) => ({ ...r, reviw_date: r.review_date })), QSR.map((h) => (h === "review_date" ? "reviw_date" : h))), refused("a misspelled column", problem(1, "reviw_date", "did you mean review_date"), problem(1, "review_date", "is missing"))],
  ["qsr-duplicate-column.csv", qsr(three({}), [...QSR, "case_type"]), refused("a column twice", problem(1, "case_type", "appears twice"))],
  ["qsr-missing-column.csv", qsr(three({}), QSR.filter((h) => h !== "protocol_version")), refused("a required column left out", problem(1, "protocol_version", "is missing"))],
  ["qsr-rating-7.csv", qsr(three({ status_safety: "7" })), refused("a rating above the scale", problem(3, "status_safety", "not a QSR rating"))],
  ["qsr-rating-0.csv", qsr(three({ practice_planning: "0" })), refused("a rating below the scale", problem(3, "practice_planning", "not a QSR rating"))],
  ["qsr-rating-decimal.csv", qsr(three({ practice_teamwork: "4.5" })), refused("a half rating", problem(3, "practice_teamwork", "not a QSR rating"))],
  ["qsr-rating-word.csv", qsr(three({ status_overall: "Good" })), refused("a rating's label instead of its number", problem(3, "status_overall", "not a QSR rating"))],
  ["qsr-bad-case-type.csv", qsr(three({ case_type: "foster" })), refused("a case type outside the list", problem(3, "case_type", "not one of in_home, out_of_home"))],
  ["qsr-feb-29-2019.csv", qsr(three({ review_date: "2019-02-29" })), refused("a day that never existed", problem(3, "review_date", "not a calendar date"))],
  ["qsr-us-date.csv", qsr(three({ review_date: "3/4/2024" })), loaded("a US date as Excel writes it in a CSV (M/D/YYYY): March 4, the same day as its review's other rows")],
  ["qsr-us-date-other-day.csv", qsr(three({ review_date: "4/3/2024" })), refused("a US date read month first (April 3) that disagrees with its review's March 4", problem(3, "review_date", "but review R1 has"))],
  ["qsr-us-date-two-digit-year.csv", qsr(three({ review_date: "3/4/24" })), refused("a two-digit year", problem(3, "review_date", "with a four-digit year"))],
  ["qsr-dotted-date.csv", qsr(three({ review_date: "4.3.2024" })), refused("a day-first date with dots, as European Excel writes it", problem(3, "review_date", "is not a date; write YYYY-MM-DD or M/D/YYYY"))],
  ["qsr-slashed-iso-date.csv", qsr(three({ review_date: "2024/03/04" })), refused("year first with slashes", problem(3, "review_date", "is not a date; write YYYY-MM-DD or M/D/YYYY"))],
  ["qsr-ambiguous-date.csv", qsr(three({ review_date: "04-05-2024" })), refused("a date that could be April 5 or May 4", problem(3, "review_date", "is not a date; write YYYY-MM-DD or M/D/YYYY"))],
  ["qsr-us-date-no-such-day.csv", qsr(three({ review_date: "2/29/2023" })), refused("a February 29 in a year without one, written M/D/YYYY", problem(3, "review_date", "not a calendar date"))],
  ["qsr-month-13.csv", qsr(three({ review_date: "2024-13-01" })), refused("a month that does not exist", problem(3, "review_date", "not a calendar date"))],
  ["qsr-empty.csv", "", refused("an empty file", problem(1, null, "has no header row"))],
  ["qsr-header-only.csv", `${QSR.join(",")}\n`, refused("a header and no rows", problem(null, null, "has a header but no rows"))],
  ["qsr-too-many-cells.csv", qsr(three({})).replace(/\n(R1,[^\n]*CASE-02[^\n]*)/, "\n$1,extra"), refused("a row with a cell more than the header", problem(3, null, "cells but the header has"))],
  ["qsr-too-few-cells.csv", qsr(three({})).replace(/\n(R1,[^\n]*CASE-02[^\n]*),4\n/, "\n$1\n"), refused("a row with a cell fewer than the header", problem(3, null, "cells but the header has"))],
  ["qsr-open-quote.csv", qsr(three({ office: '"Northgate' })), refused("a quote left open", problem(4, null, "still open at the end of the file"))],
  ["qsr-bom.csv", `\uFEFF${qsr(three({}))}`, loaded("a UTF-8 byte order mark before the header, as Excel writes it")],
  ["qsr-crlf.csv", csv(QSR, three({}), "\r\n"), loaded("Windows line ends")],
  ["qsr-windows-1252.csv", Buffer.from(qsr(three({}).map((r) => ({ ...r, office: "Ca\u00f1on \u2013 North" }))).replaceAll("\u2013", "\u0096"), "latin1"), loaded("Excel's plain CSV: Windows-1252 (an n with tilde, an en dash in the office name), read as such")],
  ["qsr-utf16.csv", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(qsr(three({})), "utf16le")]), refused("UTF-16, as Excel's Unicode Text saves", problem(null, null, "is UTF-16 text"))],
  ["qsr-nul-byte.csv", qsr(three({ protocol_version: "2.0\u0000" })), refused("a NUL byte in a cell", problem(3, null, "holds a NUL byte"))],
  ["qsr-mixed-encodings.csv", Buffer.concat([Buffer.from(qsr(three({ office: "Ca\u00f1on" }))), Buffer.from([0x52, 0x31, 0xf1, 0x0a])]), refused("UTF-8 text with a Windows-1252 byte added at the end", problem(5, null, "mixes UTF-8 characters"))],
  ["qsr-blank-lines.csv", qsr(three({})).replace("\n", "\n\n,,,\n"), loaded("blank lines and a line of commas between rows")],
  ["qsr-case-id-short.csv", qsr(three({ case_id: "C1" })), refused("a case id too short to be a review code", problem(3, "case_id", "not a de-identified case code"))],
  ["qsr-case-id-ssn.csv", qsr(three({ case_id: "123-45-6789" })), refused("a social security number as case id", problem(3, "case_id", "social security number"))],
  ["qsr-review-disagrees.csv", qsr(three({ office: "Eastfield" })), refused("one review's cases naming two offices", problem(3, "office", "but review R1 has"))],
  ["qsr-duplicate-case.csv", qsr([qsrRow({}, 1), qsrRow({}, 1)]), refused("the same case twice in a review", problem(3, "case_id", "repeats the review_id and case_id"))],
  ["qsr-x-column.csv", qsr(three({}).map((r) => ({ ...r, x_team: "Team B" })), [...QSR, "x_team"]), loaded("a column of the agency's own, kept with x_ and ignored")],
  ["qsr-x-email.csv", qsr(three({}).map((r, i) => ({ ...r, x_contact: i === 1 ? "worker@agency.gov" : "" })), [...QSR, "x_contact"]), refused("an e-mail address in an x_ column", problem(3, "x_contact", "e-mail address"))],
  ["qsr-child-name-column.csv", qsr(three({}), [...QSR, "child_name"]), refused("a column of children's names", problem(1, "child_name", "identifying data"))],
  ["qsr-dob-column.csv", qsr(three({}), [...QSR, "x_dob"]), refused("a date of birth column, even as x_", problem(1, "x_dob", "identifying data"))],
  ["qsr-phone.csv", qsr(three({}).map((r, i) => ({ ...r, x_note: i === 2 ? "call (555) 123-4567" : "" })), [...QSR, "x_note"]), refused("a phone number in a note", problem(4, "x_note", "phone number"))],
  ["qsr-address.csv", qsr(three({}).map((r, i) => ({ ...r, x_note: i === 0 ? "home visit at 1234 Elm Street" : "" })), [...QSR, "x_note"]), refused("a street address in a note", problem(2, "x_note", "street address"))],
  ["qsr-person-name.csv", qsr(three({}).map((r, i) => ({ ...r, x_note: i === 0 ? "Maria Lopez attended" : "" })), [...QSR, "x_note"]), refused("a person's name in a note", problem(2, "x_note", "person's name"))],
  ["qsr-office-named-after-person.csv", qsr(three({}).map((r) => ({ ...r, office: "Jackson Heights" }))), loaded("an office named after a person is a place, not a person")],
  ["osri-valid.csv", osri([osriRow({}, 1), osriRow({ case_type: "in_home", ...Object.fromEntries(OSRI_ITEM_COLUMNS.slice(3, 11).map((c) => [c, "NA"])) }, 2)]), loaded("a valid OSRI file, the control")],
  ["osri-bad-rating.csv", osri([osriRow({ item_05: "Good" })]), refused("a rating outside Strength / ANI / NA", problem(2, "item_05", "not an OSRI rating"))],
  ["osri-in-home-permanency.csv", osri([osriRow({ case_type: "in_home", ...Object.fromEntries(OSRI_ITEM_COLUMNS.slice(3, 11).map((c) => [c, "NA"])), item_06: "Strength" })]), refused("a permanency item rated on an in-home case", problem(2, "item_06", "foster care cases only"))],
  ["osri-bad-metro.csv", osri([osriRow({ metro: "metro" })]), refused("metro not yes or no", problem(2, "metro", "not one of yes, no"))],
  ["osri-bad-region.csv", osri([osriRow({ region: "3 South" })]), refused("a region written out", problem(2, "region", "not a region code"))],
  ["osri-duplicate-case.csv", osri([osriRow({}, 1), osriRow({}, 2), osriRow({}, 1)]), refused("a case reviewed twice", problem(4, "case_id", "repeats the case_id of"))],
  ["osri-empty-rating.csv", osri([osriRow({ item_18: "" })]), loaded("an empty rating is not recorded, not an error")],
  ["pip-plan-contradictory.json", JSON.stringify({ ...PLAN, baseline: { start: "2020-07-01", end: "2020-06-30" } }), refused("a baseline that ends before it starts", problem(null, "baseline.end", "is before baseline.start"))],
  ["pip-plan-broken.json", '{"baseline": {"start": "2019-07-01"', refused("JSON cut off", problem(null, null, "not valid JSON"))],
  ["pip-plan-percent-tolerance.json", JSON.stringify({ ...PLAN, tolerance: { applicableCases: 2, distributionPoints: 5 } }), refused("tolerances written as percents", problem(null, "tolerance.applicableCases", "fraction from 0 to 1"), problem(null, "tolerance.distributionPoints", "fraction from 0 to 1"))],
  ["pip-plan-unknown-field.json", JSON.stringify({ ...PLAN, zScore: 1.28 }), refused("a misspelled setting", problem(null, "zScore", "is not a setting of the PIP plan"))],
  ["pip-plan-bad-date.json", JSON.stringify({ ...PLAN, nonOverlappingEnd: "2023-02-30" }), refused("a February 30", problem(null, "nonOverlappingEnd", "not a calendar date"))],
  ["other.json", '{"hello": "world"}', refused("JSON that is no input kind", problem(null, null, "neither a PIP plan"))],
  ["offices-closed-before-opened.csv", "office,opened,closed,successor\nNorthgate,2010-07-01,2009-06-30,\n", refused("an office closed before it opened", problem(2, "closed", "before the office opened"))],
  ["regions-month-13.csv", "region,name,review_month,metro\n3S,Metro,13,yes\n", refused("a review month 13", problem(2, "review_month", "month number"))],
  ["sip-values-not-quarter-end.csv", "county,measure,quarter_end,value,numerator,denominator\nAlder,3-P1,2024-09-29,0.4,40,100\n", refused("a quarter end off by a day", problem(2, "quarter_end", "not a quarter end"))],
  ["sip-values-percent.csv", "county,measure,quarter_end,value,numerator,denominator\nAlder,3-P1,2024-09-30,40%,40,100\n", refused("a percent sign", problem(2, "value", "not a number"))],
  ["sip-values-unknown-measure.csv", "county,measure,quarter_end,value,numerator,denominator\nAlder,9-Z9,2024-09-30,0.4,40,100\n", refused("a measure in no catalog", problem(2, "measure", "neither a catalog measure"))],
  ["sip-values-numerator-too-big.csv", "county,measure,quarter_end,value,numerator,denominator\nAlder,3-P1,2024-09-30,0.4,140,100\n", refused("more in the numerator than the denominator", problem(2, "numerator", "larger than the denominator"))],
  ["sip-targets-ends-first.csv", "county,measure,baseline_quarter,baseline,target,sip_start,sip_end\nAlder,3-P1,2023-06-30,0.38,0.42,2024-01-15,2023-01-14\n", refused("a SIP that ends before it starts", problem(2, "sip_end", "not after sip_start"))],
  ["sip-targets-wrong-side.csv", "county,measure,baseline_quarter,baseline,target,sip_start,sip_end\nAlder,3-P1,2023-06-30,0.42,0.38,2024-01-15,2027-01-14\nAlder,3-S2,2023-06-30,0.09,0.11,2024-01-15,2027-01-14\n", refused("targets on the wrong side of their baselines (3-P1 higher is better, 3-S2 lower)", problem(2, "target", "is not higher than the baseline 0.42"), problem(3, "target", "is not lower than the baseline 0.09"))],
  ["sip-measures-bad-unit.csv", "measure,name,unit,direction,source\nC-1,Fathers engaged,ratio,higher,County SIP\n", refused("a unit outside the list", problem(2, "unit", "not one of percent"))],
  ["pqcr-events-end-first.csv", "county,pqcr_start,pqcr_end,focus_area\nAlder,2024-04-19,2024-04-15,Reunification\n", refused("a PQCR that ends before it starts", problem(2, "pqcr_end", "before pqcr_start"))],
  ["pqcr-findings-attributed.csv", "county,pqcr_end,category,scope,source,theme,mentions\nAlder,2024-04-19,Training Needs,focus_area,interview,Ms. Garcia asked for training,2\n", refused("a finding that names a person", problem(2, "theme", "names a person"))],
  ["pqcr-findings-bad-category.csv", "county,pqcr_end,category,scope,source,theme,mentions\nAlder,2024-04-19,Gossip,focus_area,interview,Staff turnover,2\n", refused("a category outside the report's", problem(2, "category", "not one of"))],
  ["holidays-bad-date.csv", "holiday,name\n2025-02-29,Leap day that is not\n", refused("a holiday on a day that does not exist", problem(2, "holiday", "not a calendar date"))],
  ["cycle-submissions-bad-step.csv", "county,pqcr_end,step,submitted\nAlder,2024-04-19,csa_final,2024-12-01\n", refused("a step outside the cycle", problem(2, "step", "not one of"))],
];

rmSync(directory, { recursive: true, force: true });
mkdirSync(directory, { recursive: true });
for (const [name, content, expected] of cases) {
  writeFileSync(join(directory, name), content);
  writeFileSync(join(directory, `${name}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
}
console.log(`${cases.length} fixtures written to ${directory}`);
