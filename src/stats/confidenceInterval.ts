/*
 * A Student t confidence interval for the mean of independent observations,
 * such as one summary value per simulation replication. The mean and standard
 * deviation come from d3-array.
 */

import { deviation, mean } from "d3-array";
import { checkedValues } from "./checkedValues";
import { studentTQuantile } from "./studentTQuantile";

/** A two-sided confidence interval for a mean, with the sample it came from. */
export interface ConfidenceInterval {
  /** Sample mean (NaN for an empty sample). */
  mean: number;
  /** Sample standard deviation, divisor n - 1 (NaN when n < 2). */
  sd: number;
  /** Number of observations. */
  n: number;
  /** Half the interval width, `t(1 - (1 - level)/2, n - 1) * sd / sqrt(n)` (NaN when n < 2). */
  halfWidth: number;
  /** `mean - halfWidth`. */
  lower: number;
  /** `mean + halfWidth`. */
  upper: number;
  /** Confidence level, e.g. 0.95. */
  level: number;
}

/**
 * Student t confidence interval for the mean of independent, roughly normal
 * observations (for example one value per replication).
 *
 * With fewer than 2 observations the spread is unknown: `sd`, `halfWidth`,
 * `lower` and `upper` are NaN (and `mean` too when the sample is empty).
 *
 * @param values - the observations; every entry must be finite
 * @param level - confidence level in (0, 1); default 0.95
 * @throws RangeError when `level` is outside (0, 1) or a value is not finite
 * @throws TypeError when `values` is not array-like
 *
 * @example
 * ```ts
 * confidenceInterval([1, 2, 3, 4, 5]);
 * // { mean: 3, sd: 1.5811, n: 5, halfWidth: 1.9632, lower: 1.0368, upper: 4.9632, level: 0.95 }
 * ```
 */
export function confidenceInterval(values: ArrayLike<number>, level = 0.95): ConfidenceInterval {
  checkLevel("confidenceInterval", level);
  const sample = checkedValues(values, "confidenceInterval: values");
  const n = values.length;
  const m = mean(sample) ?? NaN;
  const sd = deviation(sample) ?? NaN;
  const halfWidth = n < 2 ? NaN : (studentTQuantile(0.5 + level / 2, n - 1) * sd) / Math.sqrt(n);
  return { mean: m, sd, n, halfWidth, lower: m - halfWidth, upper: m + halfWidth, level };
}

/** Throws unless `level` is a confidence level strictly between 0 and 1. */
function checkLevel(caller: string, level: number): void {
  if (!(level > 0 && level < 1)) {
    throw new RangeError(`${caller}: level must be a confidence level strictly between 0 and 1, got ${level}`);
  }
}
