// Framework's build process (frameworkBuild.mjs), started at the very beginning of a build so
// that Node and Framework load (about 2 s) while this process loads the library and computes
// the page data: `build` tells it to build and waits for it; `cancel` ends it unbuilt.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";

export interface FrameworkProcess {
  /** Builds the site; resolves to Framework's exit status. */
  build(): Promise<number>;
  /** Ends the process without a build (nothing to build, or the page data failed). */
  cancel(): Promise<void>;
}

export function startFramework(root: string, env: Record<string, string>): FrameworkProcess {
  const child = spawn(process.execPath, [join(root, "scripts/frameworkBuild.mjs")], {
    cwd: root,
    stdio: ["pipe", "inherit", "inherit"],
    env: { ...process.env, ...env },
  });
  // A process that has already ended reads nothing: its exit status says why.
  child.stdin.on("error", () => {});
  const exit = once(child, "exit").then(([code]) => (code as number | null) ?? 1);
  return {
    build() {
      child.stdin.end("build\n");
      return exit;
    },
    async cancel() {
      if (child.exitCode === null && child.signalCode === null) child.kill();
      await exit;
    },
  };
}
