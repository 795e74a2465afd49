// crd sample as the QA unit runs it, on the demo universe crd demo writes: the files the
// contract names, the same bytes for the same inputs and seed (the log alone enough to draw it
// again), earlier samples and the worksheet applied, identifying data refused.
import { spawnSync } from "node:child_process";
import { cpSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { temporaryDirectory } from "../helpers.ts";

const UNIVERSE = "data/demo/universe";

function crd(args: string[]) {
  const run = spawnSync(process.execPath, ["bin/crd.js", ...args], { encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function sample(out: string, extra: string[] = [], { seed = "42", month = "2025-09", date = "2025-09-15", region = "3S" } = {}) {
  return crd(["sample", "--region", region, "--review-month", month, "--review-date", date, "--seed", seed, "--universe", UNIVERSE, "--out", out, ...extra]);
}

const read = (dir: string, name: string) => readFileSync(join(dir, name), "utf8");
const rows = (dir: string) => {
  const [header, ...lines] = read(dir, "sample.csv").trim().split("\n").map((l) => l.split(","));
  return lines.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])));
};

describe("crd sample", () => {
  it("writes sample.csv, eliminations.csv and sample-log.json: every frame case not eliminated once, 15 + 10 to review", () => {
    const out = temporaryDirectory();
    const run = sample(out);
    expect(run.code).toBe(0);
    const drawn = rows(out);
    expect(new Set(drawn.map((r) => r.case_id)).size).toBe(drawn.length);
    expect(drawn.filter((r) => r.case_type === "foster_care" && r.role === "review")).toHaveLength(15);
    expect(drawn.filter((r) => r.case_type === "in_home" && r.role === "review")).toHaveLength(10);
    const log = JSON.parse(read(out, "sample-log.json"));
    expect(log.samplePeriod).toEqual({ start: "2024-09-01", end: "2025-02-28", inHomeEnd: "2025-04-14" });
    expect(log.periodUnderReview).toEqual({ start: "2024-09-01", end: "2025-09-15" });
    for (const type of ["foster_care", "in_home"]) {
      const f = log.frames[type];
      expect(f.inFrame - f.eliminatedAutomatically).toBe(drawn.filter((r) => r.case_type === type).length);
    }
    expect(log.inputs.map((i: { sha256: string }) => i.sha256)).toHaveLength(3);
    const eliminations = read(out, "eliminations.csv").trim().split("\n");
    expect(eliminations[0]).toBe("case_id,case_type,reason_code,reason,source,replaced_by,note");
    expect(eliminations.length - 1).toBe(Object.values(log.eliminationsByReason as Record<string, number>).reduce((a, b) => a + b, 0));
  });

  it("writes the same bytes again from the same inputs and the log's parameters, another order for another seed", () => {
    const [a, b, c] = [temporaryDirectory(), temporaryDirectory(), temporaryDirectory()];
    sample(a);
    const p = JSON.parse(read(a, "sample-log.json")).parameters;
    sample(b, [], { seed: String(p.seed), month: p.reviewMonth, date: p.reviewDate, region: p.regions.join(",") });
    for (const name of ["sample.csv", "eliminations.csv", "sample-log.json"]) expect(read(b, name)).toBe(read(a, name));
    sample(c, [], { seed: "43" });
    expect(read(c, "sample.csv")).not.toBe(read(a, "sample.csv"));
    expect(rows(c).map((r) => r.case_id).sort()).toEqual(rows(a).map((r) => r.case_id).sort());
  });

  it("doubles the review cases in March, when the schedule reviews two regions, and marks 24 + 16 as the baseline", () => {
    const out = temporaryDirectory();
    expect(sample(out, ["--baseline"], { month: "2025-03", date: "2025-03-10", region: "2W,1S" }).code).toBe(0);
    const log = JSON.parse(read(out, "sample-log.json"));
    expect(log.reviewSchedule).toMatchObject({ regionsReviewedInMonth: ["2W", "1S"], reviewCases: { foster_care: 30, in_home: 20 }, baselineCases: { foster_care: 24, in_home: 16 } });
    const drawn = rows(out);
    const review = drawn.filter((r) => r.role === "review" && r.case_type === "foster_care");
    expect(review).toHaveLength(30);
    expect(review.filter((r) => r.baseline_sample === "yes")).toHaveLength(24);
    expect(drawn.filter((r) => r.role === "oversample").every((r) => r.baseline_sample === "no")).toBe(true);
  });

  it("eliminates the cases earlier monthly samples selected, and applies the worksheet with replacements", () => {
    const earlier = temporaryDirectory();
    sample(join(earlier, "2025-08"), [], { month: "2025-09", seed: "7" });
    const selected = rows(join(earlier, "2025-08")).filter((r) => r.role === "review").map((r) => r.case_id);
    const first = temporaryDirectory();
    sample(first, ["--previous", earlier]);
    const eliminated = read(first, "eliminations.csv");
    for (const id of selected) expect(eliminated).toContain(`${id},`);
    expect(rows(first).some((r) => selected.includes(r.case_id))).toBe(false);
    expect(JSON.parse(read(first, "sample-log.json")).eliminationsByReason.selected_earlier).toBe(selected.length);

    const plain = temporaryDirectory();
    sample(plain);
    const review = rows(plain).find((r) => r.role === "review" && r.case_type === "in_home")!;
    // The next in-home case on the oversample list whose worker has room under the cap of 3.
    const reviewCount = (worker: string) => rows(plain).filter((r) => r.role === "review" && r.worker_key === worker && r.case_id !== review.case_id).length;
    const next = rows(plain).find((r) => r.role === "oversample" && r.case_type === "in_home" && reviewCount(r.worker_key) < 3)!;
    const worksheet = join(temporaryDirectory(), "worksheet.csv");
    writeFileSync(worksheet, `case_id,reason_code,note\n${review.case_id},key_participants_unavailable,parents moved out of state\n`);
    const withWorksheet = temporaryDirectory();
    expect(sample(withWorksheet, ["--eliminations", worksheet]).code).toBe(0);
    const after = new Map(rows(withWorksheet).map((r) => [r.case_id, r]));
    expect(after.get(review.case_id)).toMatchObject({ role: "review", eliminated: "key_participants_unavailable", replaced_by: next.case_id });
    expect(after.get(next.case_id)).toMatchObject({ role: "review", replaces: review.case_id });
    expect(read(withWorksheet, "eliminations.csv")).toContain(`${review.case_id},in_home,key_participants_unavailable,`);
  });

  it("refuses identifying data in the universe without echoing it, and writes nothing", () => {
    const universe = temporaryDirectory();
    cpSync(UNIVERSE, universe, { recursive: true });
    const path = join(universe, "household.csv");
    const [header, ...lines] = readFileSync(path, "utf8").trim().split("\n");
    writeFileSync(path, [`${header},child_name`, `${lines[0]},Maria Lopez`, ...lines.slice(1).map((l) => `${l},`)].join("\n") + "\n");
    const out = join(temporaryDirectory(), "out");
    const run = crd(["sample", "--region", "3S", "--review-month", "2025-09", "--review-date", "2025-09-15", "--seed", "1", "--universe", universe, "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("household.csv, row 1, column child_name: looks like identifying data");
    expect(run.stderr).not.toContain("Lopez");
    expect(run.stderr).toContain("nothing was written");
  });

  it("names a bad row by file, row and column, never its pseudonymous id", () => {
    const universe = temporaryDirectory();
    cpSync(UNIVERSE, universe, { recursive: true });
    const path = join(universe, "in-home.csv");
    const lines = readFileSync(path, "utf8").split("\n");
    lines[3] = lines[3].replace(/^IH-[^,]+/, "IH 5?");
    writeFileSync(path, lines.join("\n"));
    const run = crd(["sample", "--region", "3S", "--review-month", "2025-09", "--review-date", "2025-09-15", "--seed", "1", "--universe", universe, "--out", temporaryDirectory()]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/in-home\.csv, row 4, column case_id: is not a pseudonymous case id/);
    expect(run.stderr).not.toContain("IH 5?");
  });

  it("lists the reason codes, and refuses a review date outside the review month", () => {
    const reasons = crd(["sample", "--reasons"]);
    expect(reasons.code).toBe(0);
    expect(reasons.stdout).toContain("ih_child_in_foster_care");
    expect(sample(temporaryDirectory(), [], { date: "2025-10-01" }).code).toBe(2);
  });
});
