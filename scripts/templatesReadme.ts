// Prints data/templates/README.md's column tables from the schemas, so the documentation
// cannot drift from what ingest accepts: npm run templates:readme > data/templates/README.md
import { TABULAR_KINDS } from "../src/schemas/index.ts";
import type { TabularKind } from "../src/schemas/inputKind.ts";
import { eliminationWorksheet, UNIVERSE_KINDS } from "../src/schemas/universe.ts";
import { readFileSync } from "node:fs";

const intro = readFileSync("scripts/templatesReadme.intro.md", "utf8");
const section = (kind: TabularKind<any>) => {
  const rows = kind.columns.map((c) => `| ${c.name} | ${c.required ? "yes" : "no"} | ${c.description.replaceAll("|", "\\|")} | ${c.example === "" ? "(empty)" : `\`${c.example}\``} |`);
  const unique = kind.uniqueKey ? `\nEach ${kind.uniqueKey.describe} may appear once in an ingest.\n` : "";
  return `## ${kind.label} — \`${kind.kind}.csv\`\n\n${kind.description}\n${unique}\n| column | required | what to write | example |\n| --- | --- | --- | --- |\n${rows.join("\n")}\n`;
};
const sampling = `# For crd sample only: the case universe and the elimination worksheet

\`crd sample --universe DIR\` reads three files from one folder (the foster care universe, the
in-home universe and the in-home household children); \`--eliminations FILE\` reads the
worksheet. These are operational data with pseudonymous ids: crd sample reads them, never loads
them into the warehouse and never echoes a value in a message. Identifying data is refused as in
ingest.
`;
process.stdout.write(`${intro}\n${TABULAR_KINDS.map(section).join("\n")}\n${sampling}\n${[...UNIVERSE_KINDS, eliminationWorksheet].map(section).join("\n")}`);
