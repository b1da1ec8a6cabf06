/*
 * Per-arm statistics the summary table of a result does not carry: the
 * median over replications and the smallest and largest replication, computed
 * from the replications' records.
 */
import { quantileSorted } from "d3-array";
import type { ExperimentResult } from "../experiment";

/** Median, minimum and maximum of a metric over replications (NaN without finite values). */
export interface ReplicationSpread {
  /** Median over replications with a finite value. */
  median: number;
  /** Smallest replication. */
  min: number;
  /** Largest replication. */
  max: number;
}

/** The spread of `metric` over the replications of `result`. */
export function replicationSpread(result: ExperimentResult<unknown>, metric: string): ReplicationSpread {
  const xs = result.records
    .map((r) => r[metric])
    .filter((x): x is number => x !== undefined && Number.isFinite(x))
    .sort((a, b) => a - b);
  if (xs.length === 0) return { median: NaN, min: NaN, max: NaN };
  return { median: quantileSorted(xs, 0.5)!, min: xs[0]!, max: xs[xs.length - 1]! };
}
