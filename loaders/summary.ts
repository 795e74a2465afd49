// What an ingest did with each file: rows read = rows loaded + rows rejected, always.
import type { CheckedFile } from "./checkFile.ts";

export interface FileSummary {
  file: string;
  kind: string;
  read: number;
  loaded: number;
  rejected: number;
  /** Set when a CSV file was not UTF-8 and was read as Windows-1252. */
  encoding?: "Windows-1252";
}

export function summarise(file: CheckedFile, loadable: boolean): FileSummary {
  if (file.type === "table") {
    const rejected = loadable ? file.rows.filter((r) => r.value === null).length : file.rows.length;
    const summary: FileSummary = { file: file.file, kind: file.kind.kind, read: file.rows.length, loaded: file.rows.length - rejected, rejected };
    if (file.encoding === "Windows-1252") summary.encoding = "Windows-1252";
    return summary;
  }
  const ok = loadable && file.fileProblems.length === 0;
  const kind = file.type === "unreadable" ? "unrecognised" : file.type;
  return { file: file.file, kind, read: 1, loaded: ok ? 1 : 0, rejected: ok ? 0 : 1 };
}

export function formatSummary(summaries: FileSummary[]): string {
  const width = Math.max(4, ...summaries.map((s) => s.file.length));
  const lines = [`${"file".padEnd(width)}  ${"kind".padEnd(14)}  ${"read".padStart(8)}  ${"loaded".padStart(8)}  ${"rejected".padStart(8)}`];
  for (const s of summaries) {
    const note = s.encoding ? `  read as ${s.encoding}: not UTF-8 (Excel's "CSV (Comma delimited)")` : "";
    lines.push(`${s.file.padEnd(width)}  ${s.kind.padEnd(14)}  ${String(s.read).padStart(8)}  ${String(s.loaded).padStart(8)}  ${String(s.rejected).padStart(8)}${note}`);
  }
  return lines.join("\n");
}
