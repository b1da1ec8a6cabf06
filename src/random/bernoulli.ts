/*
 * The Bernoulli distribution: a yes/no event with a given probability.
 */
import type { Rng } from "./Rng";

/**
 * Returns `true` with probability `p`. Consumes exactly one number from `rng`
 * (`u < p`), so a larger `p` with the same stream turns only extra draws to
 * `true` (monotone coupling, useful for paired comparisons).
 *
 * @param rng - Source of uniforms in [0, 1).
 * @param p - Probability of `true`, a number in [0, 1].
 * @throws RangeError if `p` is not in [0, 1].
 */
export function bernoulli(rng: Rng, p: number): boolean {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`bernoulli: p must be a number in [0, 1], got ${p}`);
  return rng() < p;
}
