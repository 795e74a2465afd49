// Framework page loader: the Grand Rounds deck, one page for every office (?office=SLUG) and
// for the county (?county). It loads the office page's slice files, so the template gets the
// same list of them written in (see office.md.ts).
import { printOfficePage } from "../../src/datasets/qsrOfficeSlice.ts";

await printOfficePage(new URL("./grand-rounds.md.template", import.meta.url));
