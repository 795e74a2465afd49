// The crd command as a user runs it: a real process, its output and its exit code.
import { spawnSync } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { QSR_HEADER, csvOf, qsrCells, temporaryDirectory, writeFile } from "../helpers.ts";

function crd(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["bin/crd.js", ...args], { encoding: "utf8", env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("crd", () => {
  it("exits 2 on a wrong command line", () => {
    expect(crd(["frobnicate"]).code).toBe(2);
    expect(crd(["export"]).code).toBe(2);
    expect(crd(["export", "no-such-dataset"]).code).toBe(2);
    expect(crd(["ingest", "--no-such-option", "x.csv"]).code).toBe(2);
  });

  it("shows help and exits 0", () => {
    const help = crd(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("crd ingest".replace("crd ", ""));
  });

  it("lists every dataset a page loads", () => {
    const list = crd(["export", "--list"]);
    expect(list.code).toBe(0);
    const names = list.stdout.split("\n").filter(Boolean).map((l) => l.split(/\s+/)[0]);
    const loaders = ["site-info", "qsr-indicators", "qsr-county-indicators", "osri-item-quarters", "sip-values"];
    for (const name of loaders) expect(names).toContain(name);
  });

  it("exits 1 naming the problems of a bad file, and leaves the warehouse as it was (--db and CRD_DB)", () => {
    const dir = temporaryDirectory();
    const db = join(dir, "w.duckdb");
    const good = writeFile(dir, "good.csv", csvOf(QSR_HEADER, [qsrCells()]));
    expect(crd(["ingest", good, "--db", db]).code).toBe(0);
    const before = readFileSync(db);
    const header = QSR_HEADER.map((h) => (h === "office" ? "ofice" : h));
    const bad = writeFile(dir, "bad.csv", csvOf(header, [{ ...qsrCells({ status_safety: "7", review_date: "2019-02-29" }), ofice: "North" }]));
    const run = crd(["ingest", bad], { CRD_DB: db });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("column ofice: is not a column of qsr-cases (did you mean office?)");
    expect(run.stderr).toContain('column status_safety: "7" is not a QSR rating');
    expect(run.stderr).toContain('column review_date: "2019-02-29" is not a calendar date');
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it("prints one systematic mistake as one line: every review date written D.M.YYYY, in at most 60 lines", () => {
    const dir = temporaryDirectory();
    cpSync("data/demo", join(dir, "in"), { recursive: true });
    const qsr = join(dir, "in", "qsr-cases.csv");
    const dotted = readFileSync(qsr, "utf8").replace(/(\d{4})-(\d{2})-(\d{2})/g, (_, y, m, d) => `${Number(d)}.${Number(m)}.${y}`);
    writeFileSync(qsr, dotted);
    const rows = dotted.trim().split("\n").length - 1;
    const problems = join(dir, "problems.csv");
    const run = crd(["ingest", join(dir, "in"), "--db", join(dir, "w.duckdb"), "--problems", problems]);
    expect(run.code).toBe(1);
    const lines = `${run.stdout}${run.stderr}`.trim().split("\n");
    expect(lines.length).toBeLessThanOrEqual(60);
    expect(run.stderr).toMatch(new RegExp(`qsr-cases\\.csv, rows 2-${rows + 1} \\(${rows.toLocaleString("en-US")} rows\\), column review_date: "\\d+\\.\\d+\\.\\d{4}" is not a date; write YYYY-MM-DD or M/D/YYYY`));
    // --problems has every one, with the shape of the value.
    const written = readFileSync(problems, "utf8").trim().split("\n");
    expect(written[0]).toBe("file,row,column,value_shape,reason");
    // Every date problem, one a row (the themes and steps of those reviews are refused too).
    const dates = written.filter((line) => /qsr-cases\.csv,\d+,review_date,/.test(line));
    expect(dates).toHaveLength(rows);
    expect(dates[0]).toMatch(/qsr-cases\.csv,2,review_date,9+\.9+\.9999,/);
  });

  it("exports a dataset as JSON and as CSV", () => {
    const dir = temporaryDirectory();
    const db = join(dir, "w.duckdb");
    crd(["ingest", writeFile(dir, "good.csv", csvOf(QSR_HEADER, [qsrCells()])), "--db", db]);
    const json = JSON.parse(crd(["export", "qsr-indicators", "--db", db]).stdout);
    expect(json[0]).toMatchObject({ reviewId: "R1", indicator: "status_safety", rated: 1, acceptable: 1, share: 1 });
    const csv = crd(["export", "qsr-indicators", "--format", "csv", "--db", db]).stdout.split("\n");
    expect(csv[0]).toContain("counts.1");
    expect(csv).toHaveLength(21 + 2);
  });

  it("stops quietly when its reader stops early (crd export NAME | head)", () => {
    const dir = temporaryDirectory();
    const db = join(dir, "w.duckdb");
    // The demo: megabytes of output, far more than a pipe holds.
    crd(["ingest", "data/demo", "--db", db]);
    // The shell's pipe to `head -c 10`: the reader closes after ten bytes.
    const run = spawnSync("sh", ["-c", `"${process.execPath}" bin/crd.js export qsr-indicators --db "${db}" | head -c 10 >/dev/null`], { encoding: "utf8" });
    expect(run.stderr).not.toContain("EPIPE");
    expect(run.stderr).toBe("");
  });

  it("exits 1 with a clear message when there is no warehouse", () => {
    const run = crd(["export", "site-info", "--db", join(temporaryDirectory(), "none.duckdb")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("no warehouse at");
  });
});
