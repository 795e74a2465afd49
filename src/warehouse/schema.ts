// The warehouse's tables. Case ratings are kept in long form (one row per case and
// indicator or item) so that every computed dataset is a GROUP BY, whatever the indicator
// set of a protocol version.

export const WAREHOUSE_TABLES = `
CREATE TABLE ingest_file (
  file VARCHAR NOT NULL, kind VARCHAR NOT NULL,
  rows_read INTEGER NOT NULL, rows_loaded INTEGER NOT NULL, rows_rejected INTEGER NOT NULL
);
CREATE TABLE dataset_info (dataset VARCHAR NOT NULL, synthetic BOOLEAN NOT NULL, description VARCHAR, seed INTEGER);

CREATE TABLE office (office VARCHAR NOT NULL, opened DATE NOT NULL, closed DATE, successor VARCHAR);
CREATE TABLE region (region VARCHAR NOT NULL, name VARCHAR, review_month INTEGER NOT NULL, metro BOOLEAN NOT NULL);

CREATE TABLE qsr_review (review_id VARCHAR NOT NULL, office VARCHAR NOT NULL, review_date DATE NOT NULL, protocol_version VARCHAR NOT NULL);
CREATE TABLE qsr_case (review_id VARCHAR NOT NULL, case_id VARCHAR NOT NULL, case_type VARCHAR NOT NULL);
-- rating 1-6, or NULL with not_applicable = true for NA. A rating not recorded has no row.
CREATE TABLE qsr_rating (review_id VARCHAR NOT NULL, case_id VARCHAR NOT NULL, indicator VARCHAR NOT NULL, rating TINYINT, not_applicable BOOLEAN NOT NULL);
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
-- rating is Strength, ANI or NA. A rating not recorded has no row.
CREATE TABLE osri_rating (case_id VARCHAR NOT NULL, item TINYINT NOT NULL, rating VARCHAR NOT NULL);

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
