// Framework page loader: the Grand Rounds deck, one page for every office (?office=SLUG) and
// for the county (?county). It loads the office page's slice files, so the template gets the
// same list of them written in (see office.md.ts).
import { readFileSync } from "node:fs";
import { officeSliceFileList } from "../../src/datasets/qsrOfficeSlice.ts";

const template = readFileSync(new URL("./grand-rounds.md.template", import.meta.url), "utf8");
process.stdout.write(template.replace("/* SLICE FILES */", await officeSliceFileList("./offices/slices")));
