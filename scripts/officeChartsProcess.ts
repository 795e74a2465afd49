// Draws its share of the offices' first charts and Grand Rounds decks (officeFirstCharts.ts) in
// a process of its own, started by the build while Framework builds, one a core. Each office
// parses its whole slice (about 300 KB at national scale) and leaves it as garbage, which V8
// collects only as the heap nears its limit: drawn in the build's own process, beside the page
// data it had just computed, that took the build past 2 GB. Here the heap is capped
// (officeFirstCharts.ts starts it), so it is collected as it goes. Prints what it drew as JSON.
import { drawOfficeCharts } from "./officeFirstCharts.ts";

const [reports, staging, part, parts] = process.argv.slice(2);
process.stdout.write(JSON.stringify(drawOfficeCharts(reports, staging, { part: Number(part), parts: Number(parts) })));
