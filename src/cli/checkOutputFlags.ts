/*
 * Checks before a run that the outputs named by --output and --report can be
 * written (a "-" means standard output, and only one of them may take it),
 * and makes the quiet surroundings of --quiet.
 */
import type { CliIO } from "./CliIO";
import type { OutputFlags } from "./emitResult";
import { InputError } from "./InputError";
import { checkOutputPath } from "./writeFileAtomic";

/**
 * @param inputs - the files the command reads, which an output must not replace @defaultValue none
 * @throws InputError if both --output and --report are "-", or a path cannot be written
 */
export function checkOutputFlags(flags: OutputFlags, inputs: readonly string[] = []): void {
  if (flags.output === "-" && flags.report === "-") throw new InputError(`--output - and --report -: only one of them can write to standard output`);
  if (flags.output !== undefined && flags.output !== "-") checkOutputPath(flags.output, "--output", inputs);
  if (flags.report !== undefined && flags.report !== "-") checkOutputPath(flags.report, "--report", inputs);
}

/** `io` with standard error silenced when `quiet` (errors are written by the caller of the command, which keeps the real stream). */
export function quietIO(io: CliIO, quiet: boolean | undefined): CliIO {
  if (quiet !== true) return io;
  return { ...io, stderr: { write: () => true, isTTY: false } };
}
