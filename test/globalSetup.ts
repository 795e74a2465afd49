// Once per test run: a folder for what test files share (the demo site: test/site/sharedSite.ts)
// and for every temporary folder a test makes (test/helpers.ts), removed when the run ends.
// Workers find it through CRD_TEST_SHARED.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup() {
  const root = mkdtempSync(join(tmpdir(), "crd-run-"));
  process.env.CRD_TEST_SHARED = root;
  return () => rmSync(root, { recursive: true, force: true });
}
