/*
 * A quick summary of a small sample held in memory, such as the per-replication
 * results of one scenario: mean, spread, extremes and a few quantiles, computed
 * with d3-array.
 */

import { deviation, max, mean, min, quantile } from "d3-array";
import { checkedValues } from "./checkedValues";

/** Summary statistics of a sample, as returned by {@link summarize}. */
export interface Summary {
  /** Arithmetic mean (NaN when empty). */
  mean: number;
  /** Sample standard deviation, divisor n - 1 (NaN when n < 2). */
  sd: number;
  /** Number of observations. */
  n: number;
  /** Smallest value (NaN when empty). */
  min: number;
  /** Largest value (NaN when empty). */
  max: number;
  /** Median (NaN when empty). */
  p50: number;
  /** 90th percentile (NaN when empty). */
  p90: number;
  /** 99th percentile (NaN when empty). */
  p99: number;
}

/**
 * Summarises a sample that fits in memory. Quantiles use d3-array's
 * `quantile`, which interpolates linearly between order statistics (R type 7),
 * so `p50` of `[1, 2, 3, 4]` is 2.5. Empty samples give `n` 0 and NaN elsewhere.
 * For long streams use `Tally` and `QuantileSketch` instead.
 *
 * @param values - the observations; every entry must be finite
 * @throws RangeError when a value is not finite
 * @throws TypeError when `values` is not array-like
 *
 * @example
 * ```ts
 * summarize([3, 1, 2]); // { mean: 2, sd: 1, n: 3, min: 1, max: 3, p50: 2, p90: 2.8, p99: 2.98 }
 * ```
 */
export function summarize(values: ArrayLike<number>): Summary {
  const sample = checkedValues(values, "summarize: values");
  return {
    mean: mean(sample) ?? NaN,
    sd: deviation(sample) ?? NaN,
    n: values.length,
    min: min(sample) ?? NaN,
    max: max(sample) ?? NaN,
    p50: quantile(sample, 0.5) ?? NaN,
    p90: quantile(sample, 0.9) ?? NaN,
    p99: quantile(sample, 0.99) ?? NaN,
  };
}
