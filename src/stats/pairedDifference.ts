/*
 * Paired comparison of two policy variants run on the same replications
 * (common random numbers): a confidence interval for the mean of the
 * differences b - a, and whether that interval excludes zero.
 */

import { confidenceInterval } from "./confidenceInterval";
import type { ConfidenceInterval } from "./confidenceInterval";

/**
 * Confidence interval for the mean paired difference `b[i] - a[i]`.
 *
 * Pairing (the same seed for replication i of both variants) removes the
 * shared noise, so the interval is usually much narrower than comparing two
 * independent means. `significant` is true when the interval excludes 0
 * (false when it is undefined, i.e. fewer than 2 pairs).
 *
 * @param a - results of the baseline, one per replication
 * @param b - results of the alternative, in the same replication order
 * @param level - confidence level in (0, 1); default 0.95
 * @returns the interval for mean(b - a) and the significance flag
 * @throws RangeError when the lengths differ, a value is not finite, or `level` is outside (0, 1)
 *
 * @example
 * ```ts
 * pairedDifference([10, 12, 11], [9, 10, 10]);
 * // mean -1.333, halfWidth 1.434, significant false
 * ```
 */
export function pairedDifference(a: ArrayLike<number>, b: ArrayLike<number>, level = 0.95): ConfidenceInterval & { significant: boolean } {
  if (a == null || b == null || typeof a.length !== "number" || typeof b.length !== "number") {
    throw new TypeError(`pairedDifference: a and b must be array-likes of numbers`);
  }
  if (a.length !== b.length) {
    throw new RangeError(`pairedDifference: a and b must have the same length (paired observations), got ${a.length} and ${b.length}`);
  }
  const n = a.length;
  const diff = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const ai = a[i] as number;
    const bi = b[i] as number;
    if (!Number.isFinite(ai)) throw new RangeError(`pairedDifference: a[${i}] must be a finite number, got ${ai}`);
    if (!Number.isFinite(bi)) throw new RangeError(`pairedDifference: b[${i}] must be a finite number, got ${bi}`);
    diff[i] = bi - ai;
  }
  const ci = confidenceInterval(diff, level);
  return { ...ci, significant: ci.lower > 0 || ci.upper < 0 };
}
