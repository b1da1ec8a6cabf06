/*
 * The result of running replications of one scenario: every replication's
 * metrics in replication order, and a confidence interval per metric. It is
 * plain data, so it serialises to JSON and merges across machines.
 */
import type { MetricRecord } from "./ExperimentModel";

/** Version of the {@link ExperimentResult} format; {@link fromJSON} refuses other versions. */
export const RESULT_SCHEMA_VERSION = 1;

/** Summary of one metric over the replications: a Student t confidence interval for its mean. */
export interface MetricSummary {
  /** Mean over the replications with a finite value (NaN if none). */
  mean: number;
  /** Sample standard deviation, divisor n − 1 (NaN when n < 2). */
  sd: number;
  /** Number of replications with a finite value. */
  n: number;
  /** Half-width of the confidence interval (NaN when n < 2). */
  halfWidth: number;
  /** `mean − halfWidth`. */
  lower: number;
  /** `mean + halfWidth`. */
  upper: number;
  /** Confidence level (0.95). */
  level: number;
  /** Number of replications whose value was NaN or infinite, left out of the interval. */
  excluded: number;
}

/** Which part of the replications a sharded run covered (see `ReplicationOptions.shard`). */
export interface ShardInfo {
  /** This shard's number, 0 ≤ index < count. */
  index: number;
  /** Number of shards. */
  count: number;
  /** Replications of the whole experiment, over all shards. */
  totalReplications: number;
}

/** How a sequential run ended (see `ReplicationOptions.sequential`). */
export interface SequentialOutcome {
  /** `"precision"`: every chosen metric met its target; `"cap"`: maxReplications was reached first. */
  stoppedBy: "precision" | "cap";
  /** Metrics whose precision was checked. */
  metrics: string[];
  /** Target half-width relative to |mean|, if given. */
  relativeHalfWidth?: number;
  /** Target absolute half-width, if given. */
  absoluteHalfWidth?: number;
  /** Replications run before precision was first checked. */
  minReplications: number;
  /** Most replications allowed. */
  maxReplications: number;
}

/** The result of {@link runReplications}. */
export interface ExperimentResult<S = unknown> {
  /** Format version, always {@link RESULT_SCHEMA_VERSION}. */
  schemaVersion: 1;
  /** Model id. */
  model: string;
  /** The scenario as run (validated, defaults filled in). */
  scenario: S;
  /** Root seed. */
  rootSeed: number | string;
  /** Replication indices, ascending. */
  replications: number[];
  /** Metrics of each replication, in the order of `replications`. */
  records: MetricRecord[];
  /** Confidence interval (95%) per metric, computed from `records` in replication order. */
  summary: Record<string, MetricSummary>;
  /** Time series per replication, in the order of `replications` (only with `keepSeries`). */
  series?: Array<Record<string, number[]>>;
  /** Present when only one shard of the replications was run. */
  shard?: ShardInfo;
  /** Present for sequential runs: why the run stopped. */
  sequential?: SequentialOutcome;
}
