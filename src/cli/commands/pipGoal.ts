// crd pip-goal --applicable N --strengths K [--overlap-months M] [--z Z]
import { parseArgs } from "node:util";
import { DEFAULT_ADJUSTMENT, pipGoal } from "../../pip/goal.ts";
import { EXIT_OK, UsageError } from "../usage.ts";

function count(name: string, text: string | undefined, required: boolean): number | undefined {
  if (text === undefined) {
    if (required) throw new UsageError(`--${name} is required`);
    return undefined;
  }
  if (!/^\d+$/.test(text)) throw new UsageError(`--${name} must be a whole number of 0 or more, not ${JSON.stringify(text)}`);
  return Number(text);
}

export async function runPipGoal(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      applicable: { type: "string" },
      strengths: { type: "string" },
      "overlap-months": { type: "string" },
      z: { type: "string" },
      db: { type: "string" },
    },
  });
  const applicable = count("applicable", values.applicable, true)!;
  const strengths = count("strengths", values.strengths, true)!;
  const overlapMonths = count("overlap-months", values["overlap-months"], false) ?? 0;
  const z = values.z === undefined ? 1.28 : Number(values.z);
  if (!(z > 0)) throw new UsageError(`--z must be a number above 0, not ${JSON.stringify(values.z)}`);
  if (applicable === 0) throw new UsageError("--applicable must be at least 1: with no applicable case there is no baseline");
  if (strengths > applicable) throw new UsageError(`--strengths (${strengths}) cannot exceed --applicable (${applicable})`);
  const goal = pipGoal(applicable, strengths, { z, overlapMonths, adjustment: DEFAULT_ADJUSTMENT })!;
  process.stdout.write(`${JSON.stringify(goal)}\n`);
  return EXIT_OK;
}
