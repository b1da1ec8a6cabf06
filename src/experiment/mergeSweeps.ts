/*
 * Joins the shards of a sweep (every point run on a share of the
 * replications, split across machines) into the sweep an unsharded run would
 * have given: each point's shards are merged and the tidy table rebuilt.
 */
import type { ExperimentResult } from "./ExperimentResult";
import { mergeResults } from "./mergeResults";
import { stableStringify } from "./stableHash";
import type { SweepResult } from "./sweep";
import { sweepRows } from "./sweepRows";

/**
 * Merges shards of one sweep.
 *
 * @throws RangeError if the list is empty, the shards sweep different paths or
 *   points, or a point's results cannot be merged (different model, seed,
 *   scenario or split; replications missing or repeated — the message names
 *   the point)
 */
export function mergeSweeps<S>(results: ReadonlyArray<SweepResult<S>>): SweepResult<S> {
  const given: unknown = results; // checked at run time too: JavaScript callers and parsed files reach here
  if (!Array.isArray(given) || results.length === 0) {
    throw new RangeError(`mergeSweeps: results must be a non-empty array of sweep results`);
  }
  const first = results[0]!;
  const design = stableStringify({ parameters: first.parameters, points: first.points });
  results.forEach((r, k) => {
    if (stableStringify({ parameters: r.parameters, points: r.points }) !== design) {
      throw new RangeError(
        `mergeSweeps: results[${k}] sweeps other settings than results[0] (parameters or points differ); only shards of one sweep can be merged`,
      );
    }
  });
  const merged: ExperimentResult<S>[] = first.points.map((_, p) => {
    try {
      return mergeResults(results.map((r) => r.results[p]!));
    } catch (err) {
      throw new RangeError(`mergeSweeps: point ${p}: ${(err as Error).message.replace(/^mergeResults: /, "")}`, { cause: err });
    }
  });
  const points = first.points.map((p) => ({ point: p.point, parameters: structuredClone(p.parameters) }));
  return {
    schemaVersion: 1,
    model: first.model,
    rootSeed: first.rootSeed,
    replications: [...merged[0]!.replications],
    parameters: [...first.parameters],
    points,
    results: merged,
    rows: sweepRows(points, merged),
  };
}
