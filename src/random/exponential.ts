/*
 * The exponential distribution (time between events of a Poisson process), by
 * inversion of one uniform.
 */
import type { Rng } from "./Rng";

/**
 * Draws from the exponential distribution with rate `rate` (mean `1 / rate`).
 * Consumes exactly one number from `rng` (inversion: `-ln(1 - u) / rate`, computed with log1p).
 *
 * @param rng - Source of uniforms in [0, 1).
 * @param rate - Rate λ, a finite number > 0.
 * @throws RangeError if `rate` is not a finite number > 0.
 */
export function exponential(rng: Rng, rate: number): number {
  if (!(rate > 0 && rate < Infinity)) {
    throw new RangeError(`exponential: rate must be a finite number > 0, got ${rate}`);
  }
  return -Math.log1p(-rng()) / rate;
}
