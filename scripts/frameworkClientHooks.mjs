// A module hook for Framework's build process (frameworkBuild.mjs): Framework's build imports
// its rollup helpers from "./rollup.js"; this sends that one import to frameworkClientBundles.mjs,
// which keeps the bundles of Framework's own client code between builds. Nothing else changes.
const BUILD = "/@observablehq/framework/dist/build.js";

export async function resolve(specifier, context, nextResolve) {
  if (specifier === "./rollup.js" && context.parentURL?.endsWith(BUILD)) {
    return { url: new URL("./frameworkClientBundles.mjs", import.meta.url).href, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}
