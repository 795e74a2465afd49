// The build writes the configured head and footer into each page where Framework's template
// puts them (render.js of Framework 1.13), so that Framework need not parse them per page.
import { describe, expect, it } from "vitest";
import { withPageFrame } from "../../scripts/pageFrame.ts";

// A page as Framework 1.13 renders it with no head, header or footer configured.
const unframed = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Page | Site</title>
<link rel="stylesheet" type="text/css" href="./_import/style.css">
<script type="module">
import {define} from "./_observablehq/client.js";
</script>
</head>
<body>
<div id="observablehq-center">
<main id="observablehq-main" class="observablehq">
<h1>Page</h1>
</main>
</div>
</body>
</html>`;

describe("withPageFrame", () => {
  it("puts the head after the stylesheets, before the page's module, and the footer after main, as Framework's template does", () => {
    const framed = withPageFrame(unframed, { head: '<meta name="referrer" content="no-referrer">', footer: "Aggregates only." });
    expect(framed).toContain('href="./_import/style.css">\n<meta name="referrer" content="no-referrer">\n<script type="module">');
    expect(framed).toContain('</main>\n<footer id="observablehq-footer">\n<div>Aggregates only.</div>\n</footer>\n</div>');
  });

  it("leaves a page as it is when there is neither", () => {
    expect(withPageFrame(unframed, { head: null, footer: null })).toBe(unframed);
  });

  it("refuses a page that is not Framework's (no module or no main) rather than guess", () => {
    expect(() => withPageFrame("<html><body></body></html>", { head: "<meta>", footer: null })).toThrow(/cannot place the head and footer/);
  });
});
