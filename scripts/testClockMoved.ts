// npm run test:clock: the test suite again with the clock and the machine's time zone moved,
// to days and zones where a day read from the wrong clock differs from the pinned one: a
// leap day in the first time zone to reach it, a New Year's Eve evening in Pacific time (UTC
// is already in the next year). Every process of the run, the site build included, has its
// clock moved (test/clock/movedClock.mjs). Extra arguments go to vitest.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const MOVES = [
  { TZ: "Pacific/Kiritimati", CRD_TEST_CLOCK: "2028-02-29T23:30:00+14:00" },
  { TZ: "America/Los_Angeles", CRD_TEST_CLOCK: "2027-12-31T23:30:00-08:00" },
];
const preload = `--import=${join(root, "test/clock/movedClock.mjs")}`;

for (const move of MOVES) {
  console.log(`\ntests with TZ=${move.TZ} and the clock at ${move.CRD_TEST_CLOCK}`);
  const run = spawnSync(process.execPath, [join(root, "node_modules/vitest/vitest.mjs"), "run", ...process.argv.slice(2)], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, ...move, NODE_OPTIONS: [process.env.NODE_OPTIONS, preload].filter(Boolean).join(" ") },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
