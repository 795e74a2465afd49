// Runs a command and reports its wall time and the peak resident memory of the largest
// process it started (getrusage of the children, as /usr/bin/time reports it). python3 does
// the measuring because Node cannot read its children's resource usage.
import { spawnSync } from "node:child_process";

const MEASURE = `
import json, resource, subprocess, sys, time
start = time.monotonic()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
seconds = time.monotonic() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"seconds": seconds, "peakMemoryMb": peak / 1024, "status": done.returncode, "stderr": done.stderr.decode("utf-8", "replace")[-2000:]}))
`;

export interface Measured {
  seconds: number;
  peakMemoryMb: number;
}

export function measure(command: string, args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Measured {
  const result = spawnSync("python3", ["-c", MEASURE, command, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    encoding: "utf8",
    maxBuffer: 1 << 24,
  });
  if (result.status !== 0) throw new Error(`could not measure ${command}: ${result.stderr}`);
  const measured = JSON.parse(result.stdout) as Measured & { status: number; stderr: string };
  if (measured.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${measured.status}):\n${measured.stderr}`);
  return { seconds: measured.seconds, peakMemoryMb: measured.peakMemoryMb };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Runs `once` `runs` times; the median time and the highest peak memory. */
export function repeat(runs: number, once: () => Measured): Measured & { runs: number[] } {
  const all: Measured[] = [];
  for (let run = 0; run < runs; run++) all.push(once());
  return { seconds: median(all.map((m) => m.seconds)), peakMemoryMb: Math.max(...all.map((m) => m.peakMemoryMb)), runs: all.map((m) => m.seconds) };
}
