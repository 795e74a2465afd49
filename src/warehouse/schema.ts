// The warehouse's tables. Case ratings are stored wide, a row per case with a column per
// indicator or item, as the input files hold them: writing 5.8 million long rows (national
// scale) was most of an ingest, and reading the wide row back in long form costs a query a
// few tenths of a second. The long form that every computed dataset reads (one row per case
// and indicator or item, so that each is a GROUP BY) is a view over the wide table:
// qsr_rating and osri_rating.
import { OSRI_ITEMS } from "../catalog/osriItems.ts";
import { QSR_INDICATORS } from "../catalog/qsrIndicators.ts";

const qsrColumns = QSR_INDICATORS.map((i) => i.column);
const osriColumns = OSRI_ITEMS.map((i) => i.column);

/** Rating columns' declarations, named as the input file's columns. */
const ratingColumns = (columns: string[], type: string) => columns.map((column) => `${column} ${type}`).join(", ");

/** Long form of a wide table: a row per case and rating column (the views leave out a rating not recorded, a NULL value). */
const longForm = (table: string, keys: string, names: string, columns: string[]) =>
  `SELECT ${keys}, unnest([${names}]) AS name, unnest([${columns.join(", ")}]) AS value FROM ${table}`;

/**
 * The warehouse's layout, written into it: 2 since ratings are stored wide. A warehouse an
 * earlier crd wrote (no such table, or another number) is refused when opened to be read, with
 * what to do, rather than failing in the middle of a query (connection.ts).
 */
export const WAREHOUSE_FORMAT = 2;

export const WAREHOUSE_TABLES = `
CREATE TABLE warehouse_format (version INTEGER NOT NULL);
INSERT INTO warehouse_format VALUES (${WAREHOUSE_FORMAT});
CREATE TABLE ingest_file (
  file VARCHAR NOT NULL, kind VARCHAR NOT NULL,
  rows_read INTEGER NOT NULL, rows_loaded INTEGER NOT NULL, rows_rejected INTEGER NOT NULL
);
CREATE TABLE dataset_info (dataset VARCHAR NOT NULL, synthetic BOOLEAN NOT NULL, description VARCHAR, seed INTEGER);

CREATE TABLE office (office VARCHAR NOT NULL, opened DATE NOT NULL, closed DATE, successor VARCHAR);
CREATE TABLE region (region VARCHAR NOT NULL, name VARCHAR, review_month INTEGER NOT NULL, metro BOOLEAN NOT NULL);

CREATE TABLE qsr_review (review_id VARCHAR NOT NULL, office VARCHAR NOT NULL, review_date DATE NOT NULL, protocol_version VARCHAR NOT NULL);
CREATE TABLE qsr_case (review_id VARCHAR NOT NULL, case_id VARCHAR NOT NULL, case_type VARCHAR NOT NULL);
-- A column per indicator, NULL when not recorded. An ENUM is written in half the time of text.
CREATE TYPE qsr_rating_value AS ENUM ('1', '2', '3', '4', '5', '6', 'NA');
CREATE TABLE qsr_case_rating (review_id VARCHAR NOT NULL, case_id VARCHAR NOT NULL, ${ratingColumns(qsrColumns, "qsr_rating_value")});
-- rating 1-6, or NULL with not_applicable = true for NA. A rating not recorded has no row.
CREATE VIEW qsr_rating AS
  SELECT review_id, case_id, name AS indicator,
         CASE WHEN value = 'NA' THEN NULL ELSE CAST(CAST(value AS VARCHAR) AS TINYINT) END AS rating, value = 'NA' AS not_applicable
  FROM (${longForm("qsr_case_rating", "review_id, case_id", qsrColumns.map((c) => `'${c}'`).join(", "), qsrColumns)})
  WHERE value IS NOT NULL;
CREATE TABLE qsr_theme (review_id VARCHAR NOT NULL, category VARCHAR NOT NULL, theme VARCHAR NOT NULL, cases INTEGER NOT NULL);
-- status NULL: not yet followed up at a next review
CREATE TABLE qsr_next_step (review_id VARCHAR NOT NULL, step VARCHAR NOT NULL, indicator VARCHAR NOT NULL, due_date DATE NOT NULL, status VARCHAR);
CREATE TABLE qsr_target (indicator VARCHAR NOT NULL, share_acceptable DOUBLE NOT NULL, from_date DATE NOT NULL);

CREATE TABLE osri_case (
  case_id VARCHAR NOT NULL, review_date DATE NOT NULL, region VARCHAR NOT NULL, county VARCHAR NOT NULL,
  metro BOOLEAN NOT NULL, case_type VARCHAR NOT NULL,
  -- one of the randomly selected baseline cases (seed 004: 8 in-home and 12 foster care of a
  -- region's 25); NULL when the file does not say
  baseline_sample BOOLEAN
);
-- Each case review's QA steps (NULL: not yet done), and each concern a review found.
CREATE TABLE review_qa (
  case_id VARCHAR NOT NULL, region VARCHAR NOT NULL, review_date DATE NOT NULL, first_qa DATE, second_qa DATE,
  cb_oversight DATE, finalized DATE, deidentified DATE
);
CREATE TABLE review_concern (concern_id VARCHAR NOT NULL, region VARCHAR NOT NULL, review_date DATE NOT NULL, type VARCHAR NOT NULL, reported DATE NOT NULL, response DATE);
-- A column per item (item_01 ... item_18), NULL when not recorded.
CREATE TYPE osri_rating_value AS ENUM ('Strength', 'ANI', 'NA');
CREATE TABLE osri_case_rating (case_id VARCHAR NOT NULL, ${ratingColumns(osriColumns, "osri_rating_value")});
-- rating is Strength, ANI or NA. A rating not recorded has no row.
CREATE VIEW osri_rating AS
  SELECT case_id, name AS item, CAST(value AS VARCHAR) AS rating
  FROM (${longForm("osri_case_rating", "case_id", OSRI_ITEMS.map((i) => `${i.item}::TINYINT`).join(", "), osriColumns)})
  WHERE value IS NOT NULL;

-- The plan as validated, defaults filled in, as JSON text.
CREATE TABLE pip_plan (plan VARCHAR NOT NULL);

CREATE TABLE sip_measure (measure VARCHAR NOT NULL, name VARCHAR NOT NULL, unit VARCHAR NOT NULL, direction VARCHAR NOT NULL, source VARCHAR NOT NULL, origin VARCHAR NOT NULL);
CREATE TABLE sip_target (
  county VARCHAR NOT NULL, measure VARCHAR NOT NULL, baseline_quarter DATE NOT NULL, baseline DOUBLE NOT NULL,
  target DOUBLE NOT NULL, sip_start DATE NOT NULL, sip_end DATE NOT NULL
);
CREATE TABLE sip_value (county VARCHAR NOT NULL, measure VARCHAR NOT NULL, quarter_end DATE NOT NULL, value DOUBLE NOT NULL, numerator INTEGER, denominator INTEGER);
CREATE TABLE pqcr_event (county VARCHAR NOT NULL, pqcr_start DATE NOT NULL, pqcr_end DATE NOT NULL, focus_area VARCHAR NOT NULL);
CREATE TABLE pqcr_finding (
  county VARCHAR NOT NULL, pqcr_end DATE NOT NULL, category VARCHAR NOT NULL, scope VARCHAR NOT NULL,
  source VARCHAR NOT NULL, theme VARCHAR NOT NULL, mentions INTEGER NOT NULL
);
CREATE TABLE holiday (holiday DATE NOT NULL, name VARCHAR NOT NULL);
CREATE TABLE cycle_submission (county VARCHAR NOT NULL, pqcr_end DATE NOT NULL, step VARCHAR NOT NULL, submitted DATE NOT NULL);
`;
