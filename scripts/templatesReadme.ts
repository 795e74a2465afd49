// Prints data/templates/README.md's column tables from the schemas, so the documentation
// cannot drift from what ingest accepts: npm run templates:readme > data/templates/README.md
import { TABULAR_KINDS } from "../src/schemas/index.ts";
import { readFileSync } from "node:fs";

const intro = readFileSync("scripts/templatesReadme.intro.md", "utf8");
const sections = TABULAR_KINDS.map((kind) => {
  const rows = kind.columns.map((c) => `| ${c.name} | ${c.required ? "yes" : "no"} | ${c.description.replaceAll("|", "\\|")} | ${c.example === "" ? "(empty)" : `\`${c.example}\``} |`);
  const unique = kind.uniqueKey ? `\nEach ${kind.uniqueKey.describe} may appear once in an ingest.\n` : "";
  return `## ${kind.label} — \`${kind.kind}.csv\`\n\n${kind.description}\n${unique}\n| column | required | what to write | example |\n| --- | --- | --- | --- |\n${rows.join("\n")}\n`;
});
process.stdout.write(`${intro}\n${sections.join("\n")}`);
