/*
 * Where the command writes and what can stop it: standard output and error
 * (process.stdout/stderr for the real command, string collectors in tests) and
 * an abort signal (the bin wires it to Ctrl-C).
 */

/** A text stream the command writes to. */
export interface CliStream {
  /** Writes text. */
  write(chunk: string): unknown;
  /** Whether the stream is a terminal (the progress bar is drawn only then). */
  isTTY?: boolean;
  /** Terminal width in characters, if known. */
  columns?: number;
}

/** The command's surroundings. */
export interface CliIO {
  /** Results: tables, CSV, JSON. @defaultValue process.stdout */
  stdout: CliStream;
  /** Errors, progress and "wrote <file>" messages. @defaultValue process.stderr */
  stderr: CliStream;
  /** Aborting stops a running experiment; nothing is written. @defaultValue none */
  signal?: AbortSignal;
  /** Clock in milliseconds, for the progress bar's time estimates. @defaultValue Date.now */
  now?: () => number;
  /** Environment variables, read by `--shard auto` and `--workers auto` (job-array index, Slurm's CPUs per task). @defaultValue process.env */
  env?: Readonly<Record<string, string | undefined>>;
}
