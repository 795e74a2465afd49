// Every data loader is read by a page. The build computes and writes the output of every
// loader in reports/data before Framework runs (scripts/prebuiltPageData.ts), whether a page
// uses it or not; seven that no page used were 4 s of a national build. Framework names each
// file a page loads as a literal (FileAttachment takes no computed name), so the pages'
// sources say which are used.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const REPORTS = "reports";
const pageSources = readdirSync(REPORTS, { recursive: true, encoding: "utf8" })
  .filter((file) => !file.startsWith(".observablehq") && /\.(md|md\.template|js)$/.test(file))
  .map((file) => readFileSync(join(REPORTS, file), "utf8"))
  .join("\n");

describe("the data loaders", () => {
  const loaders = readdirSync(join(REPORTS, "data")).filter((file) => /\.(json|csv|xlsx)\.ts$/.test(file));

  it("are there", () => expect(loaders.length).toBeGreaterThan(15));

  it.each(loaders)("%s is read by a page", (loader) => {
    expect(pageSources).toContain(`data/${loader.replace(/\.ts$/, "")}`);
  });
});
