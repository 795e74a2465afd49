// The `crd` command: dispatches to one module per subcommand and maps failures to the
// contract's exit codes.
import { parseArgs } from "node:util";
import { EXIT_OK, EXIT_USAGE, HELP, UsageError } from "./usage.ts";

// Each subcommand's module is imported when it runs: `crd ingest` need not load the datasets,
// nor `crd export` the loaders (imports were a second of every run).
const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  ingest: async (args) => (await import("./commands/ingest.ts")).runIngest(args),
  export: async (args) => (await import("./commands/export.ts")).runExport(args),
  demo: async (args) => (await import("./commands/demo.ts")).runDemo(args),
  "pip-goal": async (args) => (await import("./commands/pipGoal.ts")).runPipGoal(args),
  sample: async (args) => (await import("./commands/sample.ts")).runSample(args),
};

// `crd export NAME | head`: a reader that stops early closes the pipe; that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "-h" || command === "--help" || command === "help") {
    process.stdout.write(HELP);
    return command === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const run = COMMANDS[command];
  try {
    if (!run) throw new UsageError(`unknown command ${JSON.stringify(command)}`);
    if (rest.includes("-h") || rest.includes("--help")) {
      process.stdout.write(HELP);
      return EXIT_OK;
    }
    return await run(rest);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      process.stderr.write(`crd: ${(error as Error).message}\nRun crd --help for usage.\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: string })?.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}

export { parseArgs };

// Run directly (npm run crd, tsx src/cli/main.ts) rather than imported by bin/crd.js.
if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2));
}
