/*
 * Runs an experiment with a progress bar and sorts its errors: problems with
 * the input found before the first replication finished (an invalid scenario,
 * a bad option) become input errors (exit code 2); anything later is a failed
 * run (exit code 1).
 */
import { ScenarioValidationError } from "../experiment";
import type { CliIO } from "./CliIO";
import { InputError } from "./InputError";
import { ProgressBar } from "./ProgressBar";

/**
 * Calls `run` with a progress callback that drives a bar on `io.stderr` (a
 * terminal only) and returns its result.
 *
 * @throws InputError for a ScenarioValidationError, or a RangeError/TypeError before any replication finished; otherwise what `run` threw
 */
export async function runWithProgress<T>(io: CliIO, label: string, run: (onProgress: (done: number, total: number) => void) => Promise<T>): Promise<T> {
  const bar = new ProgressBar(io.stderr, io.now === undefined ? { label } : { label, now: io.now });
  let started = false;
  try {
    return await run((done, total) => {
      started = true;
      bar.update(done, total);
    });
  } catch (err) {
    if (io.signal?.aborted === true) throw err;
    if (err instanceof ScenarioValidationError) {
      throw new InputError(err.message.split("\n")[0]!.replace(/\s*$/, ""), err.errors);
    }
    if (!started && (err instanceof RangeError || err instanceof TypeError)) throw new InputError(err.message);
    throw err;
  } finally {
    bar.finish();
  }
}
