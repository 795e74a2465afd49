// Draws every office's first chart (officeFirstCharts.ts) in a process of its own, started by
// the build while Framework builds. Each chart parses the office's whole slice (about 300 KB at
// national scale) and leaves it as garbage, which V8 collects only as the heap nears its limit:
// drawn in the build's own process, beside the page data it had just computed, that took the
// build past 2 GB. Here the heap is capped (officeFirstCharts.ts starts it), so it is collected
// as it goes. Prints what it drew as JSON.
import { drawOfficeCharts } from "./officeFirstCharts.ts";

const [reports, staging] = process.argv.slice(2);
process.stdout.write(JSON.stringify(drawOfficeCharts(reports, staging)));
