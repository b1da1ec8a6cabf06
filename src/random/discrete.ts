/*
 * A draw from a finite set of values with given weights, by inversion of one
 * uniform with a linear scan. For repeated draws with the same weights use
 * discreteSampler, which gives the same value for the same uniform.
 */
import type { Rng } from "./Rng";

/**
 * Returns `values[i]` with probability `weights[i] / Σ weights`. Consumes exactly
 * one number from `rng`; values with weight 0 are never returned. Validates and
 * scans the weights on every call (O(n)); prefer {@link discreteSampler} in loops.
 *
 * @param rng - Source of uniforms in [0, 1).
 * @param values - The values to choose from (non-empty).
 * @param weights - One weight per value: finite numbers ≥ 0 with a sum > 0.
 * @throws RangeError if the arrays are empty or differ in length, a weight is
 *   negative or not finite, or all weights are 0.
 */
export function discrete<T>(rng: Rng, values: ReadonlyArray<T>, weights: ReadonlyArray<number>): T {
  const n = values.length;
  if (n === 0) throw new RangeError("discrete: values must not be empty");
  if (weights.length !== n) {
    throw new RangeError(`discrete: weights must have one entry per value (${n}), got ${weights.length}`);
  }
  let total = 0;
  let lastPositive = -1;
  for (let i = 0; i < n; i++) {
    const w = weights[i] as number;
    if (!(w >= 0 && w < Infinity)) {
      throw new RangeError(`discrete: weights[${i}] must be a finite number >= 0, got ${w}`);
    }
    total += w;
    if (w > 0) lastPositive = i;
  }
  if (!(total > 0 && total < Infinity)) {
    throw new RangeError(`discrete: weights must have a finite sum > 0, got ${total}`);
  }
  const target = rng() * total;
  let cumulative = 0;
  for (let i = 0; i < n; i++) {
    cumulative += weights[i] as number;
    if (target < cumulative) return values[i] as T;
  }
  return values[lastPositive] as T; // only reached if rng() returned 1 or more
}
