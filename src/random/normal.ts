/*
 * The normal (Gaussian) distribution with a given mean and standard deviation.
 */
import type { Rng } from "./Rng";
import { standardNormal } from "./standardNormal";

/**
 * Draws from the normal distribution with mean `mean` and standard deviation
 * `sd`. Consumes exactly two numbers from `rng` (Box–Muller), also when `sd` is 0.
 *
 * @param rng - Source of uniforms in [0, 1).
 * @param mean - Mean, a finite number.
 * @param sd - Standard deviation, a finite number ≥ 0.
 * @throws RangeError if `mean` is not finite or `sd` is not a finite number ≥ 0.
 */
export function normal(rng: Rng, mean: number, sd: number): number {
  if (!Number.isFinite(mean)) throw new RangeError(`normal: mean must be a finite number, got ${mean}`);
  if (!(sd >= 0 && sd < Infinity)) throw new RangeError(`normal: sd must be a finite number >= 0, got ${sd}`);
  return mean + sd * standardNormal(rng);
}
