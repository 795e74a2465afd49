// Framework page loader: the office page, one page for every office (?office=SLUG). A page per
// office cost Framework about 130 ms each to load and render: two minutes of a national build
// with 1,000 offices. The page is office.md.template with the list of office slice files
// written in, since Framework needs each file it publishes named in the page. (The build
// writes office.md itself, in its one process: scripts/prebuiltPageData.ts.)
import { printOfficePage } from "../../src/datasets/qsrOfficeSlice.ts";

await printOfficePage(new URL("./office.md.template", import.meta.url));
