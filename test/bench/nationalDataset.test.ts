// The benchmark's rebuild after one more quarter is only a measure of an incremental build if
// the data it rebuilds from is the earlier data with a quarter added, as an agency's is.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scaledShape, writeNationalDataset } from "../../bench/nationalDataset.ts";
import { temporaryDirectory } from "../helpers.ts";

const lines = (directory: string, file: string) => readFileSync(join(directory, file), "utf8").trimEnd().split("\n");

describe("the benchmark's national dataset", () => {
  it("with a later end and the same start, holds every case it held before, unchanged, and only cases after the earlier end besides", () => {
    const shape = { ...scaledShape(0.02), years: 2 };
    const before = temporaryDirectory("crd-national-");
    const after = temporaryDirectory("crd-national-");
    const { first } = writeNationalDataset(before, { shape, through: "2026-09-30", demoDirectory: "data/demo" });
    writeNationalDataset(after, { shape, through: "2026-12-31", from: first, demoDirectory: "data/demo" });
    for (const [file, dateColumn] of [["osri-cases.csv", 1], ["qsr-cases.csv", 2]] as const) {
      const earlier = lines(before, file);
      const later = new Set(lines(after, file));
      expect(earlier.filter((line) => !later.has(line))).toEqual([]);
      const added = [...later].filter((line) => !earlier.includes(line));
      expect(added.length).toBeGreaterThan(0);
      expect(added.filter((line) => line.split(",")[dateColumn] <= "2026-09-30")).toEqual([]);
    }
    expect(lines(after, "offices.csv")).toEqual(lines(before, "offices.csv"));
  });
});
