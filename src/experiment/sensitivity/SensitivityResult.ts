/*
 * What a sensitivity analysis returns: the design (unit coordinates and the
 * settings they became), every run's output, and the analysis — Morris
 * screening measures, Sobol indices with bootstrap intervals, or rank
 * correlations of a Latin hypercube sample — one entry per parameter.
 */
import type { ParameterRange } from "./ParameterRange";

/** The design methods. */
export type SensitivityMethod = "morris" | "sobol" | "lhs";

/** One design point: its unit coordinates and the setting of every parameter there. */
export interface SensitivityPoint {
  /** Position in the design. */
  point: number;
  /** Coordinates in [0, 1]^k, in the order of the parameters. */
  unit: number[];
  /** Parameter path → value at this point. */
  values: Record<string, unknown>;
}

/** One replication at one design point. */
export interface SensitivityRun {
  /** Design point. */
  point: number;
  /** Replication index (the same indices at every point). */
  replication: number;
  /** The metric this row is about. */
  metric: string;
  /** The analysed output: the metric, or variant − base on this replication. */
  value: number;
  /** The metric in the base scenario. */
  base: number;
  /** The metric in the variant (paired runs only). */
  variant?: number;
}

/** One parameter's measures; which fields are set depends on the method. */
export interface SensitivityMeasure {
  /** The metric analysed. */
  metric: string;
  /** Parameter path. */
  parameter: string;
  /** Morris: mean absolute elementary effect, in output units per full range. */
  muStar?: number;
  /** Morris: standard error of μ*. */
  muStarSe?: number;
  /** Morris: mean signed elementary effect. */
  mu?: number;
  /** Morris: standard deviation of the elementary effects. */
  sigma?: number;
  /** Sobol: first-order index. */
  first?: number;
  /** Sobol: bounds of the first-order index's bootstrap interval. */
  firstLower?: number;
  firstUpper?: number;
  /** Sobol: total index. */
  total?: number;
  /** Sobol: bounds of the total index's bootstrap interval. */
  totalLower?: number;
  totalUpper?: number;
  /** Latin hypercube: Spearman rank correlation of parameter and output over the points. */
  rankCorrelation?: number;
}

/** Identifies a shard of a sensitivity run: design points p with p mod count = index. */
export interface SensitivityShard {
  /** This shard, 0 ≤ index < count. */
  index: number;
  /** Number of shards. */
  count: number;
}

/** The result of {@link sensitivity} (or of {@link mergeSensitivity}). */
export interface SensitivityResult<S = unknown> {
  /** Format version, 1. */
  schemaVersion: 1;
  /** Marks the kind of result. */
  kind: "sensitivity";
  /** Model id. */
  model: string;
  /** The design method. */
  method: SensitivityMethod;
  /** The metrics analysed (each gets its own measures, all from the same runs). */
  metrics: string[];
  /** What each output is, in words: the base's name, or e.g. `teams − standardised + targets` for a paired difference. */
  output: string;
  /** Name of the base scenario. */
  baseName: string;
  /** Name of the variant, when the output is a paired difference. */
  variantName?: string;
  /** Root seed (design, bootstrap and every replication derive from it). */
  rootSeed: number | string;
  /** Replication indices run at every point (the same at every point: common random numbers). */
  replications: number[];
  /** The varied settings and their ranges, in design order. */
  parameters: ParameterRange[];
  /** Design settings: samples (trajectories, base samples or points), Morris levels and jump, bootstrap resamples. */
  design: { samples: number; points: number; levels?: number; delta?: number; bootstrap?: number };
  /** Every design point. */
  points: SensitivityPoint[];
  /** Runs done, by point, replication and metric (a shard holds only its points). */
  runs: SensitivityRun[];
  /** The validated scenarios (parameters at their base values). */
  scenarios: { base: S; variant?: S };
  /** Set on a shard; a shard has no analysis until merged. */
  shard?: SensitivityShard;
  /** One entry per metric and parameter, metric by metric in parameter order (empty for a shard). */
  measures: SensitivityMeasure[];
  /** Metric → the output analysed at each design point: the mean over its replications (empty for a shard). */
  pointOutputs: Record<string, number[]>;
  /** Sobol: metric → variance of the output over the A and B samples. */
  variance?: Record<string, number>;
}
