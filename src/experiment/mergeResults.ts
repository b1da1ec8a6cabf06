/*
 * Joins the shards of an experiment run on several machines (or processes)
 * back into one result, exactly the one an unsharded run would have given:
 * same records in the same order, same summary. Shards of different
 * experiments, and overlapping or missing replications, are refused.
 */
import type { ExperimentResult } from "./ExperimentResult";
import { buildResult } from "./buildResult";
import { stableHash } from "./stableHash";

/**
 * Merges results of the same model, scenario and root seed into one result
 * whose replications are 0 … N − 1 (N from the shards' `totalReplications`, or
 * the number of replications when no input is a shard). Records keep their
 * replication order and the summary is recomputed from them, so merging all
 * shards gives exactly the unsharded result. Time series are kept only if
 * every input has them.
 *
 * @throws RangeError if the list is empty; if the inputs differ in model, root
 *   seed or scenario (compared by a key-order independent hash) or in shard
 *   count; if a replication appears twice; or if any of 0 … N − 1 is missing
 */
export function mergeResults<S>(results: ReadonlyArray<ExperimentResult<S>>): ExperimentResult<S> {
  const given: unknown = results; // checked at run time too: JavaScript callers and parsed files reach here
  if (!Array.isArray(given) || results.length === 0) {
    throw new RangeError(`mergeResults: results must be a non-empty array of experiment results`);
  }
  const first = results[0]!;
  const firstHash = stableHash(first.scenario);
  for (let k = 1; k < results.length; k++) {
    const r = results[k]!;
    if (r.model !== first.model) {
      throw new RangeError(
        `mergeResults: results[${k}] is of model "${r.model}" but results[0] of "${first.model}"; only shards of one experiment can be merged`,
      );
    }
    if (r.rootSeed !== first.rootSeed) {
      throw new RangeError(
        `mergeResults: results[${k}] has rootSeed ${JSON.stringify(r.rootSeed)} but results[0] has ${JSON.stringify(first.rootSeed)}; only shards of one experiment can be merged`,
      );
    }
    if (stableHash(r.scenario) !== firstHash) {
      throw new RangeError(
        `mergeResults: results[${k}] ran a different scenario from results[0] (scenario hashes differ); only shards of one experiment can be merged`,
      );
    }
    if (r.sequential !== undefined || first.sequential !== undefined) {
      throw new RangeError(`mergeResults: sequential results cannot be merged (their length is decided by the run)`);
    }
    if ((r.shard?.count ?? null) !== (first.shard?.count ?? null) || (r.shard?.totalReplications ?? null) !== (first.shard?.totalReplications ?? null)) {
      throw new RangeError(
        `mergeResults: results[${k}] is shard ${describeShard(r)} but results[0] is shard ${describeShard(first)}; shards must come from one split`,
      );
    }
  }
  // every shard measured the same metrics
  const metricSet = (r: ExperimentResult<S>): string =>
    Object.keys(r.records[0] ?? r.summary)
      .sort()
      .join(", ");
  const firstMetrics = metricSet(first);
  results.forEach((r, k) => {
    const m = metricSet(r);
    if (m !== firstMetrics) {
      throw new RangeError(
        `mergeResults: results[${k}] measured other metrics than results[0] (${m.length > 120 ? `${m.slice(0, 120)}…` : m}); shards must come from one version of the model`,
      );
    }
  });
  const owner = new Map<number, { result: number; position: number }>();
  results.forEach((r, k) => {
    r.replications.forEach((rep, position) => {
      const previous = owner.get(rep);
      if (previous !== undefined) {
        throw new RangeError(`mergeResults: replication ${rep} appears twice (in results[${previous.result}] and results[${k}]); shards must not overlap`);
      }
      owner.set(rep, { result: k, position });
    });
  });
  const total = first.shard?.totalReplications ?? owner.size;
  const missing: number[] = [];
  for (let i = 0; i < total; i++) if (!owner.has(i)) missing.push(i);
  if (missing.length > 0) {
    const shown = missing.slice(0, 10).join(", ") + (missing.length > 10 ? ", …" : "");
    throw new RangeError(`mergeResults: ${missing.length} of replications 0 to ${total - 1} are missing (${shown}); merge every shard`);
  }
  if (owner.size > total) {
    const extra = [...owner.keys()].filter((i) => i >= total).sort((a, b) => a - b);
    throw new RangeError(`mergeResults: replications ${extra.join(", ")} lie outside 0 to ${total - 1}`);
  }
  const indices = Array.from({ length: total }, (_, i) => i);
  const records = indices.map((i) => {
    const o = owner.get(i)!;
    return results[o.result]!.records[o.position]!;
  });
  const allSeries = results.every((r) => r.series !== undefined);
  const series = allSeries
    ? indices.map((i) => {
        const o = owner.get(i)!;
        return results[o.result]!.series![o.position]!;
      })
    : undefined;
  return buildResult(first.model, first.scenario, first.rootSeed, indices, records, series);
}

function describeShard(r: ExperimentResult<unknown>): string {
  return r.shard === undefined ? "none (unsharded)" : `${r.shard.index} of ${r.shard.count} (of ${r.shard.totalReplications} replications)`;
}
