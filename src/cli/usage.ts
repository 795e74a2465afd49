// Exit codes (contract.md): 0 done; 1 the input or the data is wrong; 2 the command line is wrong.
export const EXIT_OK = 0;
export const EXIT_DATA = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {}

export const HELP = `crd — Case Review Dashboard

Usage: crd COMMAND [options]

Commands:
  ingest FILE_OR_DIR...   Build the warehouse from input files (CSV, XLSX, JSON). Every row is
                          checked; on any problem nothing changes and every problem is listed
                          (the same problem on many rows once, with its rows).
      --skip-invalid      Load the valid rows; write the others, with reasons, to rejects CSVs.
      --rejects DIR       Where rejects go (default: a rejects/ folder beside the warehouse).
      --problems FILE     Also write every problem, one per line, to a CSV (file, row, column,
                          value_shape, reason; never an identifying value).
  export NAME             Print a dataset, exactly what the page that shows it uses.
      --format json|csv   Output format (default json).
      --list              Name every dataset.
  pip-goal                PIP baseline, sampling error, goal and adjusted goal (seed 004) as JSON.
      --applicable N      Applicable baseline cases (required).
      --strengths K       Of those, cases rated a Strength (required).
      --overlap-months M  Months of overlap of baseline and implementation (default 0).
      --z Z               Z for the sampling error (default 1.28, 80% confidence).
  sample                  Draw a region review month's sample from the case universe (seed 004).
      --region R          The region (or regions, R1,R2) reviewed.
      --review-month M    YYYY-MM; the sample period is six months from the same month a year earlier.
      --review-date D     The date of review (the period under review ends on it).
      --seed N            The random seed, recorded in sample-log.json: same inputs and seed, same bytes.
      --universe DIR      The foster care, in-home and household files (never loaded or published).
      --out DIR           Where sample.csv, eliminations.csv and sample-log.json are written.
      --eliminations FILE The elimination worksheet (case_id, reason_code, note).
      --previous DIR      Earlier monthly samples: their review cases are eliminated here.
      --baseline          Mark 12 foster care and 8 in-home review cases as the PIP baseline.
      --worker-cap N      Review cases one worker may have (default 3, or CRD_WORKER_CAP).
      --regions FILE      A region list (regions.csv) for the schedule instead of seed 004's.
      --reasons           List the elimination reason codes.
  demo                    Write the synthetic demo dataset.
      --out DIR           Where (default data/demo).
      --seed N            Random seed (default 1). Same seed, same bytes.
      --through DATE      Data through the last quarter end on or before DATE (default: CRD_AS_OF,
                          else today in CRD_TIME_ZONE).

Options for every command:
  --db PATH               The DuckDB warehouse (default: $CRD_DB, else data/warehouse.duckdb).
  -h, --help              This help.

Exit codes: 0 done; 1 the input or the data is wrong (the message says what and where);
2 the command line is wrong.
`;
