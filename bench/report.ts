// The benchmark's figures as a Markdown table: each figure, the floor or whole it is set
// beside, the target and whether it is met.
export interface BenchResults {
  date: string;
  machine: { cores: number; cpu: string; memoryGb: number; node: string };
  scale: number;
  runs: number;
  shape: { jurisdictions: number; qsrCounties: number; officesPerCounty: number; years: number; osriCases: number; qsrCases: number; national: boolean; nationalShape: unknown };
  ingest: { seconds: number; runs: number[]; readCsvSeconds: number; ratio: number; peakMemoryMb: number };
  build: { seconds: number; runs: number[]; pages: number; emptySiteSeconds: number; ratio: number; peakMemoryMb: number };
  rebuild: { seconds: number; runs: number[]; ingestSeconds: number; ratioToFullBuild: number };
  rebuildUnchanged: { seconds: number; runs: number[]; ratioToFullBuild: number };
  demoBuild: { seconds: number; runs: number[]; emptySiteSeconds: number; ratio: number };
  pageData: { largestFile: { file: string; gzipKb: number } | null; heaviestPage: { page: string; totalGzipKb: number }; perPage: unknown[] };
  /** Seconds from navigation to the end of the first frame that shows the chart (the empty page: its heading), median of `visits`; `attachedSeconds`: to the chart in the document. */
  firstChart: { skipped: string } | { page: string; seconds: number; attachedSeconds: number; emptyPageSeconds: number; ratio: number; visits: number };
  firstChartEveryPage?: { page: string; seconds: number; attachedSeconds: number; ratio: number; drawnAtBuild: boolean }[];
}

const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const x = (ratio: number) => `${ratio.toFixed(1)}x`;
// The first chart's times are tenths of a second: a tenth's rounding would hide the difference.
const ms = (seconds: number) => `${Math.round(seconds * 1000)} ms`;
const met = (ok: boolean) => (ok ? "met" : "**not met**");

export function resultsTable(r: BenchResults): string {
  const chart = "skipped" in r.firstChart ? null : r.firstChart;
  const rows = [
    ["Ingest (all input files)", s(r.ingest.seconds), `DuckDB read_csv ${s(r.ingest.readCsvSeconds)}: ${x(r.ingest.ratio)}`, "≤ 1.5x read_csv", met(r.ingest.ratio <= 1.5)],
    ["Full build, empty cache", `${s(r.build.seconds)} (${r.build.pages} pages)`, `empty Framework site ${s(r.build.emptySiteSeconds)}: ${x(r.build.ratio)}`, "< 90 s", met(r.build.seconds < 90)],
    ["Rebuild after one more quarter (the same data and 3 more months; library bundles and the offices' drawings of the build before kept)", s(r.rebuild.seconds), `${x(r.rebuild.ratioToFullBuild)} the full build (its ingest: ${s(r.rebuild.ingestSeconds)})`, "≤ 0.5x the full build", met(r.rebuild.ratioToFullBuild <= 0.5)],
    ["Rebuild with nothing changed", s(r.rebuildUnchanged.seconds), `${x(r.rebuildUnchanged.ratioToFullBuild)} the full build`, "≤ 10 s", met(r.rebuildUnchanged.seconds <= 10)],
    ["Demo site build (library bundles kept)", s(r.demoBuild.seconds), `empty Framework site ${s(r.demoBuild.emptySiteSeconds)}: ${x(r.demoBuild.ratio)}`, "≤ 4x empty site", met(r.demoBuild.ratio <= 4)],
    ["Largest data file a page loads (gzip)", r.pageData.largestFile ? `${r.pageData.largestFile.gzipKb.toFixed(0)} KB` : "none", r.pageData.largestFile?.file ?? "", "≤ 300 KB", met((r.pageData.largestFile?.gzipKb ?? 0) <= 300)],
    ["Most data one page loads (gzip)", `${r.pageData.heaviestPage.totalGzipKb.toFixed(0)} KB`, r.pageData.heaviestPage.page, "≤ 300 KB", met(r.pageData.heaviestPage.totalGzipKb <= 300)],
    chart
      ? ["First chart shown, Chromium (median of " + chart.visits + " visits)", ms(chart.seconds), `${chart.page}; empty page's heading ${ms(chart.emptyPageSeconds)}: ${chart.ratio.toFixed(2)}x`, "≤ 2x empty page", met(chart.ratio <= 2)]
      : ["First chart, Chromium", "skipped", (r.firstChart as { skipped: string }).skipped, "≤ 2x empty page", "—"],
    ["Peak memory, ingest", `${r.ingest.peakMemoryMb.toFixed(0)} MB`, "largest process", "< 2 GB", met(r.ingest.peakMemoryMb < 2048)],
    ["Peak memory, build", `${r.build.peakMemoryMb.toFixed(0)} MB`, "largest process", "< 2 GB", met(r.build.peakMemoryMb < 2048)],
  ];
  const scaleText = r.shape.national ? "national scale" : `scale ${r.scale}`;
  return [
    `Benchmark of ${r.date}, ${scaleText}: ${r.shape.jurisdictions} jurisdictions × ${r.shape.years} years of OSRI (${r.shape.osriCases.toLocaleString("en-US")} cases), ${r.shape.qsrCounties} counties × ${r.shape.officesPerCounty} offices × ${r.shape.years} years of QSR (${r.shape.qsrCases.toLocaleString("en-US")} cases).`,
    `Machine: ${r.machine.cores} cores (${r.machine.cpu}), ${r.machine.memoryGb} GB, Node ${r.machine.node}; median of ${r.runs} run${r.runs === 1 ? "" : "s"}.`,
    "",
    "| measure | figure | beside | target | |",
    "| --- | --- | --- | --- | --- |",
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");
}

/** The first chart page by page, against the same empty page: the target holds for every page. */
export function firstChartTable(r: BenchResults): string {
  const pages = r.firstChartEveryPage ?? [];
  if (pages.length === 0) return "";
  return [
    "| first chart on | in the document | shown | × empty page | drawn at build time | ≤ 2x |",
    "| --- | --- | --- | --- | --- | --- |",
    ...pages.map((p) => `| ${p.page} | ${ms(p.attachedSeconds)} | ${ms(p.seconds)} | ${p.ratio.toFixed(2)}x | ${p.drawnAtBuild ? "yes" : "no"} | ${met(p.ratio <= 2)} |`),
  ].join("\n");
}
