// Observable Framework configuration. The build must work with no network: no remote
// stylesheet (globalStylesheets is empty, so no web font is requested) and every library is
// imported by bare name from node_modules.
import { sitePaths } from "./reports/sitePaths.ts";

// Every chart is one image for assistive technology: its <svg> keeps the label and description
// that point at the table holding its numbers, and gets role="img"; the aria-labels Plot puts on
// plain <g> groups, which ARIA forbids there, are removed. Charts are drawn after load, so a
// MutationObserver applies this to each one as it appears.
const ACCESSIBLE_CHARTS = `<script>
new MutationObserver(() => {
  for (const svg of document.querySelectorAll("svg[aria-label]:not([role])")) {
    svg.setAttribute("role", "img");
    for (const g of svg.querySelectorAll("g[aria-label]")) g.removeAttribute("aria-label");
  }
}).observe(document.documentElement, { childList: true, subtree: true });
</script>`;

export default {
  dynamicPaths: sitePaths,
  root: "reports",
  output: process.env.CRD_SITE_OUT ?? "dist",
  title: "Case Review Dashboard",
  globalStylesheets: [],
  style: "style.css",
  search: false,
  pager: false,
  // Data pages need the width for tables and grids more than a table of contents.
  toc: false,
  pages: [
    {
      name: "Quality Service Reviews",
      pages: [
        { name: "County overview", path: "/qsr/county" },
        { name: "Office trends", path: "/qsr/trends" },
        { name: "Indicators, county-wide", path: "/qsr/indicators" },
        { name: "Offices", path: "/qsr/offices/" },
      ],
    },
    {
      name: "CFSR reviews and the PIP",
      pages: [
        { name: "Quarterly PIP update", path: "/cfsr/pip-update" },
        { name: "Case review results", path: "/cfsr/case-review-results" },
        { name: "Item performance by quarter", path: "/cfsr/item-performance" },
        { name: "Review schedule", path: "/cfsr/review-schedule" },
        { name: "Review operations", path: "/cfsr/review-operations" },
      ],
    },
    {
      name: "C-CFSR and SIP progress",
      pages: [
        { name: "State overview", path: "/sip/" },
        { name: "SIP measures by county", path: "/sip/measures" },
      ],
    },
  ],
  // No favicon request (the site has none), and a content security policy: everything comes
  // from the site itself; Framework's pages need inline scripts and styles; downloads are blob: URLs.
  head: [
    '<link rel="icon" href="data:,">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'">`,
    '<meta name="referrer" content="no-referrer">',
    ACCESSIBLE_CHARTS,
  ].join(""),
  footer: "Case Review Dashboard. Aggregates only: no case-level data is published.",
};
