/*
 * Joins the shards of one sensitivity analysis (run on several machines with
 * the same options and a different `shard`) into the result an unsharded run
 * gives: the runs are put back in design order and the measures computed from
 * them by the same code, so the numbers are identical.
 */
import { stableHash } from "../stableHash";
import { analyseSensitivity } from "./analyseSensitivity";
import type { SensitivityResult, SensitivityRun } from "./SensitivityResult";

/**
 * Merges shards of one sensitivity analysis.
 *
 * @throws RangeError if the list is empty, the shards come from different
 *   analyses (model, method, metrics, seed, parameters, design, scenarios or
 *   shard count differ), a shard appears twice, or a shard is missing
 */
export function mergeSensitivity<S>(shards: ReadonlyArray<SensitivityResult<S>>): SensitivityResult<S> {
  const given: unknown = shards; // checked as a plain value: JavaScript callers may pass anything
  if (!Array.isArray(given) || shards.length === 0) throw new RangeError(`mergeSensitivity: give a non-empty array of sensitivity shards`);
  const first = shards[0]!;
  const identity = (r: SensitivityResult<S>): string =>
    stableHash({
      model: r.model,
      method: r.method,
      metrics: r.metrics,
      output: r.output,
      rootSeed: r.rootSeed,
      replications: r.replications,
      parameters: r.parameters,
      design: r.design,
      points: r.points,
      scenarios: r.scenarios,
    });
  const id = identity(first);
  const count = first.shard?.count;
  const owner = new Map<number, number>();
  shards.forEach((r, k) => {
    if (r.kind !== "sensitivity") throw new RangeError(`mergeSensitivity: shards[${k}] is not a sensitivity result`);
    if (identity(r) !== id) {
      throw new RangeError(
        `mergeSensitivity: shards[${k}] comes from a different analysis than shards[0] (model, method, metrics, seed, parameters, design or scenarios differ)`,
      );
    }
    if (r.shard?.count !== count) {
      throw new RangeError(
        `mergeSensitivity: shards[${k}] is ${r.shard === undefined ? "not a shard" : `one of ${r.shard.count} shards`} but shards[0] is ${count === undefined ? "not a shard" : `one of ${count}`}`,
      );
    }
    const index = r.shard?.index ?? 0;
    const previous = owner.get(index);
    if (previous !== undefined) throw new RangeError(`mergeSensitivity: shard ${index} appears twice (shards[${previous}] and shards[${k}])`);
    owner.set(index, k);
  });
  const total = count ?? 1;
  const missing = Array.from({ length: total }, (_, i) => i).filter((i) => !owner.has(i));
  if (missing.length > 0)
    throw new RangeError(`mergeSensitivity: shard${missing.length === 1 ? "" : "s"} ${missing.join(", ")} of ${total} missing; merge every shard`);
  const runs: SensitivityRun[] = shards
    .flatMap((r) => r.runs)
    .sort((a, b) => a.point - b.point || a.replication - b.replication || first.metrics.indexOf(a.metric) - first.metrics.indexOf(b.metric));
  const { shard: _shard, measures: _m, pointOutputs: _p, variance: _v, ...rest } = first;
  const partial = { ...rest, runs: runs.map((r) => ({ ...r })) };
  return { ...partial, ...analyseSensitivity(partial) };
}
