/*
 * The lognormal distribution parameterised by the mean and standard deviation of
 * its logarithm: exp(N(mu, sigma)).
 */
import type { Rng } from "./Rng";
import { standardNormal } from "./standardNormal";

/**
 * Draws `exp(mu + sigma * Z)` with Z standard normal. The result has median
 * `exp(mu)` and mean `exp(mu + sigma² / 2)`. Consumes exactly two numbers from
 * `rng`. See {@link lognormalMeanCv} to parameterise by the mean and coefficient
 * of variation of the result instead.
 *
 * @param rng - Source of uniforms in [0, 1).
 * @param mu - Mean of the logarithm, a finite number.
 * @param sigma - Standard deviation of the logarithm, a finite number ≥ 0.
 * @throws RangeError if `mu` is not finite or `sigma` is not a finite number ≥ 0.
 */
export function lognormal(rng: Rng, mu: number, sigma: number): number {
  if (!Number.isFinite(mu)) throw new RangeError(`lognormal: mu must be a finite number, got ${mu}`);
  if (!(sigma >= 0 && sigma < Infinity)) {
    throw new RangeError(`lognormal: sigma must be a finite number >= 0, got ${sigma}`);
  }
  return Math.exp(mu + sigma * standardNormal(rng));
}
