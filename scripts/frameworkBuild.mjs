// Framework's build (what `observable build` runs), started before the page data is written.
// Starting Node and importing Framework takes about 2 s; the build script starts this process
// first and computes the page data meanwhile, on the other core, then writes "build" to its
// standard input. Standard input closed without it ends it unbuilt (the build script's own
// `cancel` kills it: frameworkProcess.ts). Plain
// JavaScript, run by node itself: tsx would add half a second before the import can begin.
import { register } from "node:module";
import { text } from "node:stream/consumers";

// Framework's client bundles kept between builds (frameworkClientBundles.mjs): the hook must
// be in place before Framework's build module is imported.
register("./frameworkClientHooks.mjs", import.meta.url);
const { build } = await import("@observablehq/framework/dist/build.js");
const { readConfig } = await import("@observablehq/framework/dist/config.js");
// The configuration is TypeScript: Framework imports it through tsx, which it loads then.
await import("tsx/esm");

if ((await text(process.stdin)).trim() === "build") {
  try {
    // Read once the data is written, as `observable build` reads it when it starts. Without the
    // head, header and footer: the build script writes them into every page (pageFrame.ts).
    const config = await readConfig(undefined, undefined);
    await build({ config: { ...config, head: null, header: null, footer: null } });
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  }
}
