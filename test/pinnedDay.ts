// The one "today" of the test suite. vitest.config.ts puts it in every test process's
// environment (CRD_AS_OF), and child processes (crd, the site build) inherit it, so a test and
// the process it starts judge deadlines from the same day whatever the real clock says.
// `npm run test:clock` runs the suite with the clock and TZ moved to prove nothing else reads them.
export const PINNED_AS_OF = "2026-11-23";
export const PINNED_TIME_ZONE = "America/Los_Angeles";
