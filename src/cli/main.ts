/*
 * The `caseflow` command: parses the arguments with commander, runs the chosen
 * subcommand and turns every outcome into an exit code — 0 for success, 2 for
 * bad input (one clear message, no stack trace unless --debug), 1 for a run
 * that failed, 130 when interrupted. It never calls process.exit, so tests can
 * run it in-process.
 */
import { Command, CommanderError } from "commander";
import { version } from "../../package.json";
import type { CliContext } from "./CliContext";
import type { CliIO } from "./CliIO";
import { calibrateCommand } from "./calibrateCommand";
import { compareCommand } from "./compareCommand";
import { initCommand } from "./initCommand";
import { mapCommand } from "./mapCommand";
import { InputError } from "./InputError";
import { mergeCommand } from "./mergeCommand";
import { reportCommand } from "./reportCommand";
import { runCommand } from "./runCommand";
import { schemaCommand } from "./schemaCommand";
import { sensitivityCommand } from "./sensitivityCommand";
import { sweepCommand } from "./sweepCommand";
import { validateCommand } from "./validateCommand";
import { safeText } from "../text/safeText";

/** Exit codes of the command. */
export const EXIT = { ok: 0, failed: 1, badInput: 2, interrupted: 130 } as const;

/**
 * Runs the command with `argv` (the arguments after the program name, e.g.
 * `["run", "office.json", "--replications", "5"]`) and resolves to the exit
 * code: 0 success, 1 a failed run, 2 bad input or usage, 130 interrupted
 * through `io.signal`. Output files are written atomically, and not at all
 * when the input is bad.
 *
 * @param io - streams, abort signal and clock @defaultValue process.stdout and process.stderr
 */
export async function main(argv: readonly string[], io: CliIO = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const debug = argv.includes("--debug");
  const ctx: CliContext = { io, exitCode: EXIT.ok };
  const program = buildProgram(ctx);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return ctx.exitCode;
  } catch (err) {
    return reportError(err, io, debug);
  }
}

/** The commander program with every subcommand, writing to `ctx.io` and throwing instead of exiting. */
export function buildProgram(ctx: CliContext): Command {
  const { io } = ctx;
  const program = new Command("caseflow");
  program
    .description(
      "Discrete-event simulation of case handling in public services: run scenarios, compare work regimes and policies, sweep settings, and report with charts.",
    )
    .version(version, "-V, --version", "print the version")
    .option("--debug", "show the stack trace of errors")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`caseflow: ${s}`),
    })
    .showSuggestionAfterError(true)
    .configureHelp({ showGlobalOptions: true })
    .addHelpText(
      "after",
      `
Exit codes: 0 done, 1 the run failed, 2 bad input (the message says what), 130 interrupted.
Start with: caseflow init office.json && caseflow run office.json --report office.html`,
    );
  for (const add of [
    runCommand,
    compareCommand,
    sweepCommand,
    sensitivityCommand,
    mapCommand,
    calibrateCommand,
    mergeCommand,
    validateCommand,
    reportCommand,
    schemaCommand,
    initCommand,
  ]) {
    add(program, ctx);
  }
  return program;
}

/** A message made safe for the terminal: control and invisible characters escaped, each line at most 4000 characters. */
function clean(message: string): string {
  return message
    .split("\n")
    .map((line) => safeText(line, 4000))
    .join("\n");
}

function reportError(err: unknown, io: CliIO, debug: boolean): number {
  if (err instanceof CommanderError) {
    // commander has already printed its message (or the help).
    return err.exitCode === 0 ? EXIT.ok : EXIT.badInput;
  }
  const stack = (): void => {
    if (debug && err instanceof Error && err.stack !== undefined) io.stderr.write(`${err.stack}\n`);
  };
  if (io.signal?.aborted === true) {
    io.stderr.write("caseflow: interrupted; no output was written\n");
    stack();
    return EXIT.interrupted;
  }
  if (err instanceof InputError) {
    io.stderr.write(`caseflow: error: ${clean(err.message)}\n`);
    for (const d of err.details) io.stderr.write(`  - ${clean(d)}\n`);
    stack();
    return EXIT.badInput;
  }
  const message = err instanceof Error ? err.message : String(err);
  io.stderr.write(`caseflow: error: the run failed: ${clean(message)}\n`);
  if (!debug) io.stderr.write("(run again with --debug for the stack trace)\n");
  stack();
  return EXIT.failed;
}
