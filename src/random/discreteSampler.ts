/*
 * A prepared sampler for a fixed weighted set of values: cumulative weights are
 * computed once and each draw is a binary search (O(log n), no allocation).
 */
import type { Rng } from "./Rng";

/**
 * Prepares a sampler that returns `values[i]` with probability
 * `weights[i] / Σ weights`. Each draw consumes exactly one number from `rng` and
 * returns the same value as `discrete(rng, values, weights)` would for that number.
 * The arrays are copied, so later changes to them have no effect.
 *
 * @param values - The values to choose from (non-empty).
 * @param weights - One weight per value: finite numbers ≥ 0 with a sum > 0.
 * @returns A function drawing one value per call.
 * @throws RangeError if the arrays are empty or differ in length, a weight is
 *   negative or not finite, or all weights are 0.
 */
export function discreteSampler<T>(values: ReadonlyArray<T>, weights: ReadonlyArray<number>): (rng: Rng) => T {
  const n = values.length;
  if (n === 0) throw new RangeError("discreteSampler: values must not be empty");
  if (weights.length !== n) {
    throw new RangeError(`discreteSampler: weights must have one entry per value (${n}), got ${weights.length}`);
  }
  const choices = values.slice();
  const cumulative = new Float64Array(n);
  let total = 0;
  let lastPositive = -1;
  for (let i = 0; i < n; i++) {
    const w = weights[i] as number;
    if (!(w >= 0 && w < Infinity)) {
      throw new RangeError(`discreteSampler: weights[${i}] must be a finite number >= 0, got ${w}`);
    }
    total += w;
    cumulative[i] = total;
    if (w > 0) lastPositive = i;
  }
  if (!(total > 0 && total < Infinity)) {
    throw new RangeError(`discreteSampler: weights must have a finite sum > 0, got ${total}`);
  }
  return (rng: Rng): T => {
    const target = rng() * total;
    // Smallest i with target < cumulative[i]; zero-weight entries can never be it.
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (target < (cumulative[mid] as number)) hi = mid;
      else lo = mid + 1;
    }
    if (!(target < (cumulative[lo] as number))) lo = lastPositive; // only if rng() returned 1 or more
    return choices[lo] as T;
  };
}
