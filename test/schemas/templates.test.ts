// The templates an analyst copies must be what ingest accepts: each template's header is
// recognised as its own kind with no header problem.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { recogniseKind } from "../../loaders/recogniseKind.ts";
import { TABULAR_KINDS } from "../../src/schemas/index.ts";
import { checkPipPlan } from "../../src/schemas/pipPlan.ts";

describe("data/templates", () => {
  it.each(TABULAR_KINDS.map((k) => k.kind))("%s.csv has exactly the header ingest expects", (kind) => {
    const header = readFileSync(`data/templates/${kind}.csv`, "utf8").trim().split(",");
    const recognition = recogniseKind(header, `${kind}.csv`);
    expect(recognition.ok && recognition.kind.kind).toBe(kind);
    expect(recognition.problems).toEqual([]);
  });

  it("pip-plan.json is a valid plan", () => {
    expect(checkPipPlan(JSON.parse(readFileSync("data/templates/pip-plan.json", "utf8"))).ok).toBe(true);
  });

  it("README.md documents every column of every kind", () => {
    const readme = readFileSync("data/templates/README.md", "utf8");
    for (const kind of TABULAR_KINDS) for (const column of kind.columns) expect(readme).toContain(`| ${column.name} |`);
  });
});
