// Each office's first chart and deck are kept between builds (scripts/officeChartCache.ts):
// after a new quarter, only the offices whose drawings read something that changed (their
// latest review and its ratings: drawnFrom) are drawn again. A kept drawing must be exactly what
// this build would draw, so the key holds everything it is drawn from.
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../loaders/ingest.ts";
import { drawingFingerprint, officeChartCache } from "../../scripts/officeChartCache.ts";
import { drawOfficeCharts } from "../../scripts/officeFirstCharts.ts";
import { removePageData, writePageData } from "../../scripts/prebuiltPageData.ts";
import { temporaryDirectory } from "../helpers.ts";

describe("the office drawing cache", () => {
  it("gives back a drawing only for the same office, source and fingerprint, and nothing for an unreadable entry", () => {
    const folder = temporaryDirectory("crd-office-cache-");
    const cache = officeChartCache(folder, "fingerprint-a");
    cache.put("northgate", '{"reviews":[1]}', { chart: "<svg>a</svg>", deck: "<div>deck</div>" });
    expect(cache.get("northgate", '{"reviews":[1]}')).toEqual({ chart: "<svg>a</svg>", deck: "<div>deck</div>" });
    expect(cache.get("northgate", '{"reviews":[1,2]}')).toBeUndefined();
    expect(cache.get("southgate", '{"reviews":[1]}')).toBeUndefined();
    expect(officeChartCache(folder, "fingerprint-b").get("northgate", '{"reviews":[1]}')).toBeUndefined();
    writeFileSync(join(folder, "northgate.json"), '{"key": "trunc');
    expect(cache.get("northgate", '{"reviews":[1]}')).toBeUndefined();
    // Written whole or not at all: no temporary file is left beside the entries.
    expect(readdirSync(folder)).toEqual(["northgate.json"]);
  });

  it("has a fingerprint that changes with any component's code, the lockfile and the confidence level", () => {
    const root = temporaryDirectory("crd-office-root-");
    const reports = join(root, "reports");
    cpSync("reports/components", join(reports, "components"), { recursive: true });
    cpSync("package-lock.json", join(root, "package-lock.json"));
    const before = drawingFingerprint(reports, "90%");
    expect(drawingFingerprint(reports, "90%")).toBe(before);
    expect(drawingFingerprint(reports, "95%")).not.toBe(before);
    writeFileSync(join(reports, "components/format.js"), `${readFileSync(join(reports, "components/format.js"), "utf8")}\n// changed\n`);
    const changedComponent = drawingFingerprint(reports, "90%");
    expect(changedComponent).not.toBe(before);
    writeFileSync(join(root, "package-lock.json"), "{}");
    expect(drawingFingerprint(reports, "90%")).not.toBe(changedComponent);
  });
});

describe("drawing the offices twice", () => {
  let reports: string;
  beforeAll(async () => {
    const warehouse = join(temporaryDirectory(), "w.duckdb");
    expect((await ingest({ inputs: ["data/demo"], warehouse })).written).toBe(true);
    // A copy of the site's sources with the demo's page data beside its loaders, as a build has it.
    reports = join(temporaryDirectory("crd-office-root-"), "reports");
    cpSync("reports", reports, { recursive: true, filter: (path) => !path.includes(".observablehq") });
    removePageData(reports);
    await writePageData(reports, warehouse);
  }, 120_000);

  it("draws each office once, keeps its drawing while what it reads of its slice is unchanged, and draws it again when that changes", () => {
    const staging = () => temporaryDirectory("crd-office-staging-");
    const first = staging();
    const drawnFirst = drawOfficeCharts(reports, first);
    expect(drawnFirst.drawn).toBeGreaterThan(10);
    expect(drawnFirst.kept).toBe(0);
    const office = readdirSync(join(first, "offices")).sort()[0];
    const slug = office.replace(/\.html$/, "");
    const chart = readFileSync(join(first, "offices", office), "utf8");

    // Nothing changed: every office comes from the cache, identical.
    const second = staging();
    expect(drawOfficeCharts(reports, second)).toEqual({ ...drawnFirst, kept: drawnFirst.drawn });
    expect(readFileSync(join(second, "offices", office), "utf8")).toBe(chart);

    // What the cache holds is what is published: an entry altered under its own key shows.
    const entry = join(reports, ".observablehq/office-chart-cache", `${slug}.json`);
    const kept = JSON.parse(readFileSync(entry, "utf8"));
    writeFileSync(entry, JSON.stringify({ ...kept, chart: "<svg>kept</svg>" }));
    const third = staging();
    drawOfficeCharts(reports, third);
    expect(readFileSync(join(third, "offices", office), "utf8")).toBe("<svg>kept</svg>");

    // What the drawings do not read changed (the rest-of-county comparison, as a review elsewhere
    // in the county changes it): kept as it was.
    const slicePath = join(reports, "qsr/offices/slices", `${slug}.json`);
    const original = readFileSync(slicePath, "utf8");
    writeFileSync(slicePath, JSON.stringify({ ...JSON.parse(original), versusCounty: [] }));
    const fourth = staging();
    expect(drawOfficeCharts(reports, fourth).kept).toBe(drawnFirst.drawn);
    expect(readFileSync(join(fourth, "offices", office), "utf8")).toBe("<svg>kept</svg>");

    // The office's latest review's ratings changed: drawn again, from the slice, and kept anew.
    const slice = JSON.parse(original);
    const latest = slice.reviews.at(-1).reviewId;
    const row = slice.indicators.find((d: { reviewId: string }) => d.reviewId === latest);
    row.indicatorLabel = `${row.indicatorLabel} (relabelled)`;
    writeFileSync(slicePath, JSON.stringify(slice));
    const fifth = staging();
    expect(drawOfficeCharts(reports, fifth).kept).toBe(drawnFirst.drawn - 1);
    const redrawn = readFileSync(join(fifth, "offices", office), "utf8");
    expect(redrawn).toContain("(relabelled)");
    expect(JSON.parse(readFileSync(entry, "utf8")).chart).toBe(redrawn);
    writeFileSync(slicePath, original);
  });

  // The cache's key holds only what drawnFrom (officeFirstCharts.ts) takes of a slice: the
  // drawings must read nothing else of it, or a kept one could be stale.
  it("draws every office the same from its slice cut down to what the cache's key holds", () => {
    const full = temporaryDirectory("crd-office-staging-");
    const cache = join(reports, ".observablehq/office-chart-cache");
    rmSync(cache, { recursive: true, force: true });
    const drawn = drawOfficeCharts(reports, full);
    const slices = join(reports, "qsr/offices/slices");
    const originals = new Map(readdirSync(slices).filter((file) => file.endsWith(".json")).map((file) => [file, readFileSync(join(slices, file), "utf8")]));
    try {
      for (const [file, text] of originals) {
        const slice = JSON.parse(text);
        // Every part emptied but the latest review and its ratings.
        const cut = Object.fromEntries(Object.entries(slice).map(([key, value]) => [key, Array.isArray(value) ? [] : value !== null && typeof value === "object" ? {} : null]));
        const latest = slice.reviews.at(-1);
        if (latest) Object.assign(cut, { reviews: [latest], indicators: slice.indicators.filter((d: { reviewId: string }) => d.reviewId === latest.reviewId) });
        writeFileSync(join(slices, file), JSON.stringify(cut));
      }
      rmSync(cache, { recursive: true, force: true });
      const fromCut = temporaryDirectory("crd-office-staging-");
      // Nothing kept: every office drawn from its cut slice.
      expect(drawOfficeCharts(reports, fromCut)).toMatchObject({ drawn: drawn.drawn, kept: 0 });
      const files = (root: string) => readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => /(^|\/)offices\/[^/]+\.html$/.test(f)).sort();
      expect(files(fromCut)).toEqual(files(full));
      expect(files(full).length).toBe(2 * drawn.drawn);
      for (const file of files(full)) expect(readFileSync(join(fromCut, file), "utf8"), file).toBe(readFileSync(join(full, file), "utf8"));
    } finally {
      for (const [file, text] of originals) writeFileSync(join(slices, file), text);
    }
  });
});
