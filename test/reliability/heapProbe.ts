/*
 * Runs heapProbeScript.mjs (one office run, live heap sampled weekly after garbage
 * collection) in a fresh Node process with --expose-gc and returns its figures.
 */
import { execFileSync } from "node:child_process";

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
export function heapProbe(options: Record<string, unknown>): HeapFigures {
  const out = execFileSync(process.execPath, ["--expose-gc", "heapProbeScript.mjs", JSON.stringify(options)], {
    cwd: __dirname,
    encoding: "utf8",
    timeout: 120_000,
  });
  return JSON.parse(out.trim().split("\n").at(-1) as string) as HeapFigures;
}
