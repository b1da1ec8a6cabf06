/*
 * The Erlang distribution: the sum of k independent exponential times with the
 * same rate, e.g. the time until the k-th event of a Poisson process.
 */
import type { Rng } from "./Rng";
import { gamma } from "./gamma";

/** Up to this k the sum is drawn as -ln(Π(1 − u_i)) / rate; above it, by gamma. */
const PRODUCT_LIMIT = 16;

/**
 * Draws from the Erlang distribution with `k` phases of rate `rate` (mean
 * `k / rate`, variance `k / rate²`). For k ≤ 16 it consumes exactly k numbers
 * from `rng` (product of uniforms); for larger k it draws gamma(k, 1 / rate).
 *
 * @param rng - Source of uniforms in [0, 1).
 * @param k - Number of phases, an integer ≥ 1.
 * @param rate - Rate of each phase, a finite number > 0.
 * @throws RangeError if `k` is not an integer ≥ 1 or `rate` is not a finite number > 0.
 */
export function erlang(rng: Rng, k: number, rate: number): number {
  if (!(Number.isInteger(k) && k >= 1)) throw new RangeError(`erlang: k must be an integer >= 1, got ${k}`);
  if (!(rate > 0 && rate < Infinity)) throw new RangeError(`erlang: rate must be a finite number > 0, got ${rate}`);
  if (k <= PRODUCT_LIMIT) {
    // Each factor is ≥ 2^-32, so the product of 16 stays far from underflow.
    let product = 1;
    for (let i = 0; i < k; i++) product *= 1 - rng();
    return -Math.log(product) / rate;
  }
  return gamma(rng, k, 1 / rate);
}
