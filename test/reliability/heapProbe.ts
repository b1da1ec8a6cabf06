/*
 * Runs heapProbeScript.mjs (one office run, live heap sampled weekly after garbage
 * collection) in a fresh Node process with --expose-gc and returns its figures.
 * The child runs asynchronously: a test that blocked its worker for the minute a
 * probe can take on a loaded machine made vitest's worker RPC time out ("Timeout
 * calling onTaskUpdate") and fail the run although every assertion passed.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Heap figures of one run, in bytes of live heap (after gc). */
export interface HeapFigures {
  /** before the run (after an unmeasured warm-up run) */
  before: number;
  /** largest weekly sample during the run */
  peak: number;
  /** last weekly sample, near the end of the run */
  last: number;
  /** after the run, with only its result alive */
  after: number;
  /** number of samples */
  samples: number;
  /** open cases at the horizon */
  backlogEnd: number;
  /** the run's instability flag */
  unstable: number;
  /** all claims that arrived */
  arrived: number;
  /** events processed */
  events: number;
  /** every sample: [day, live heap in bytes, open cases at the end of the week before] */
  series: [number, number, number][];
}

/** Options of one probe run: horizonDays, casesPerWeek, handlers, regime, seed, trace, everyWeeks. */
export async function heapProbe(options: Record<string, unknown>): Promise<HeapFigures> {
  const { stdout } = await run(process.execPath, ["--expose-gc", "heapProbeScript.mjs", JSON.stringify(options)], {
    cwd: __dirname,
    encoding: "utf8",
    timeout: 300_000,
  });
  return JSON.parse(stdout.trim().split("\n").at(-1) as string) as HeapFigures;
}
