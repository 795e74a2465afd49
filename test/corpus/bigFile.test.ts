// A 50 MB file with one bad row at its end: refused, naming that row. In a file of its own so
// that it runs beside the other tests rather than after them.
import { createWriteStream } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingest } from "../../loaders/ingest.ts";
import { formatProblem } from "../../loaders/problem.ts";
import { QSR_HEADER, qsrCells, temporaryDirectory } from "../helpers.ts";

describe("a file made at test time", () => {
  it("a 50 MB file with one bad row at its end is refused, naming that row", async () => {
    const dir = temporaryDirectory();
    const path = join(dir, "big.csv");
    const stream = createWriteStream(path);
    stream.write(`${QSR_HEADER.join(",")}\n`);
    let rows = 0;
    let bytes = 0;
    while (bytes < 50 * 1024 * 1024) {
      const cells = qsrCells({ review_id: `R${Math.floor(rows / 12)}`, case_id: `BIG-${rows}` });
      const line = `${QSR_HEADER.map((h) => cells[h]).join(",")}\n`;
      stream.write(line);
      bytes += line.length;
      rows++;
    }
    const last = qsrCells({ review_id: `R${Math.floor(rows / 12)}`, case_id: "BIG-LAST", status_safety: "9" });
    stream.write(`${QSR_HEADER.map((h) => last[h]).join(",")}\n`);
    await new Promise((resolve) => stream.end(resolve));
    const result = await ingest({ inputs: [path], warehouse: join(dir, "w.duckdb") });
    expect(result.written).toBe(false);
    expect(result.problems.map(formatProblem)).toEqual([expect.stringMatching(new RegExp(`big\\.csv, row ${rows + 2}, column status_safety: "9" is not a QSR rating`))]);
    expect(result.summaries[0]).toMatchObject({ read: rows + 1, loaded: 0, rejected: rows + 1 });
  }, 300_000);

});
