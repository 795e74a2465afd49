import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The build and CLI tests start real processes (tsx, Framework, DuckDB) on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
