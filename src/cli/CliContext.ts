/*
 * What a command's action needs besides its flags: the streams to write to,
 * the abort signal, and a place to leave the exit code.
 */
import type { CliIO } from "./CliIO";

/** Shared state of one invocation of the command. */
export interface CliContext {
  /** Streams, signal and clock. */
  io: CliIO;
  /** Exit code the action sets when it is not 0 (e.g. `validate` with invalid files). */
  exitCode: number;
}
