#!/usr/bin/env node
// The `crd` command. The library is TypeScript; tsx compiles it on the fly so that the
// package needs no build step before `npx crd` works on a fresh clone.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
