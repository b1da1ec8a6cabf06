/*
 * Resampling from observed data: each draw picks one of the observed samples
 * with equal probability (the bootstrap / empirical distribution).
 */
import type { Rng } from "./Rng";

/**
 * Returns one of `samples`, each index with probability `1 / samples.length`.
 * Consumes exactly one number from `rng`.
 *
 * @param rng - Source of uniforms in [0, 1).
 * @param samples - The observed values (non-empty).
 * @throws RangeError if `samples` is empty.
 */
export function empirical<T>(rng: Rng, samples: ReadonlyArray<T>): T {
  const n = samples.length;
  if (n === 0) throw new RangeError("empirical: samples must not be empty");
  const i = Math.floor(rng() * n);
  return samples[i < n ? i : n - 1] as T;
}
