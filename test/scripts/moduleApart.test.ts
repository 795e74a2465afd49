// A page's inline module moved to a file of its own beside the page (scripts/moduleApart.ts).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { withModuleApart } from "../../scripts/moduleApart.ts";
import { temporaryDirectory } from "../helpers.ts";

describe("a page's module apart", () => {
  it("moves to NAME.module.HASH.js beside the page, byte for byte, and the page loads it in the same place", () => {
    const folder = temporaryDirectory();
    const page = join(folder, "office.html");
    const source = '\nimport {define} from "../_observablehq/client.js";\nregisterFile("./offices/slices/a.json", {"size":1});\nconst s = "<\\/script>";\n';
    const html = `<head><script>inline()</script>\n<script type="module">${source}</script>\n</head><body><main>content</main></body>`;
    writeFileSync(page, html);
    const moved = withModuleApart(html, page);
    const [name] = readdirSync(folder).filter((f) => f.endsWith(".js"));
    expect(name).toMatch(/^office\.module\.[0-9a-f]{8}\.js$/);
    expect(readFileSync(join(folder, name), "utf8")).toBe(source);
    expect(moved).toBe(`<head><script>inline()</script>\n<script type="module" src="./${name}"></script>\n</head><body><main>content</main></body>`);
  });

  it("names the file by its content, and leaves a page without a module as it was", () => {
    const folder = temporaryDirectory();
    const page = join(folder, "p.html");
    const name = (source: string) => /src="\.\/([^"]+)"/.exec(withModuleApart(`<script type="module">${source}</script>`, page))![1];
    expect(name("a()")).not.toBe(name("b()"));
    expect(name("a()")).toBe(name("a()"));
    expect(withModuleApart("<head><script>classic()</script></head>", page)).toBe("<head><script>classic()</script></head>");
  });
});
