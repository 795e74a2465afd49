// Runs `npm run build`'s script as CI and a user do, into a folder of the test's choosing.
// `offline: true` runs it with no network at all (a new network namespace, `unshare -n`) where
// this machine allows that; an agency's build server behind a firewall has none.
import { spawnSync } from "node:child_process";

let canUnshare: boolean | undefined;

/** True when commands can be run with no network here (root, or user namespaces allowed). */
export function canRunOffline(): boolean {
  canUnshare ??= spawnSync("unshare", ["-n", "true"]).status === 0;
  return canUnshare;
}

export function buildSite(env: Record<string, string>, { offline = false } = {}): void {
  // As `npm run build` runs it (package.json).
  const command = [process.execPath, "--import", "tsx", "scripts/build.ts"];
  const [program, ...args] = offline && canRunOffline() ? ["unshare", "-n", ...command] : command;
  const run = spawnSync(program, args, { encoding: "utf8", env: { ...process.env, ...env } });
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
}
