import { defineConfig } from "vitest/config";
import { PINNED_AS_OF, PINNED_TIME_ZONE } from "./test/pinnedDay.ts";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/globalSetup.ts"],
    // Both sides of every date-dependent test read "today" from here (see test/pinnedDay.ts).
    env: { CRD_AS_OF: PINNED_AS_OF, CRD_TIME_ZONE: PINNED_TIME_ZONE },
    // Two test files at a time on this 2-core machine (vitest's default leaves one core idle):
    // many of them wait on processes they start (tsx, Framework, DuckDB, Chromium).
    maxWorkers: 2,
    // Concurrent tests in a file (page visits in Chromium) three at a time: more than that on
    // two cores, beside the other file's work, slows each past what it waits for.
    maxConcurrency: 3,
    // The build and CLI tests start real processes (tsx, Framework, DuckDB) on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
