/*
 * Which replications one shard of an experiment runs: replication r belongs
 * to shard `r % count`. Every experiment (a run, a comparison, a sweep) splits
 * its replications this way, so shards run anywhere merge back into exactly
 * the unsharded result.
 */
import type { ShardInfo } from "./ExperimentResult";
import type { ShardSpec } from "./runReplications";

/**
 * The replication indices of `shard` among `total` replications, with the
 * shard's description for the result (or every index and no description when
 * `shard` is undefined).
 *
 * @throws RangeError naming `caller` if the shard's index or count is not a whole number in range
 * @internal
 */
export function shardIndices(total: number, shard: ShardSpec | undefined, caller: string): { indices: number[]; info?: ShardInfo } {
  if (shard === undefined) return { indices: Array.from({ length: total }, (_, i) => i) };
  const { index, count } = checkShard(shard, caller);
  const indices: number[] = [];
  for (let i = index; i < total; i += count) indices.push(i);
  return { indices, info: { index, count, totalReplications: total } };
}

function checkShard(shard: ShardSpec, caller: string): ShardSpec {
  const { index, count } = shard ?? ({} as ShardSpec);
  if (!Number.isInteger(count) || count < 1) {
    throw new RangeError(`${caller}: shard.count must be a whole number ≥ 1, got ${String(count)}`);
  }
  if (!Number.isInteger(index) || index < 0 || index >= count) {
    throw new RangeError(`${caller}: shard.index must be a whole number from 0 to ${count - 1}, got ${String(index)}`);
  }
  return { index, count };
}
