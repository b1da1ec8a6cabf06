/*
 * The lognormal distribution parameterised by its own mean and coefficient of
 * variation, which is how work effort and durations are usually described.
 */
import type { Rng } from "./Rng";
import { standardNormal } from "./standardNormal";

/**
 * Draws from the lognormal distribution whose mean is `mean` and whose standard
 * deviation is `cv * mean`. Internally sigma² = ln(1 + cv²) and
 * mu = ln(mean) − sigma² / 2. Consumes exactly two numbers from `rng`, also when
 * `cv` is 0, in which case it returns exactly `mean`.
 *
 * @param rng - Source of uniforms in [0, 1).
 * @param mean - Mean of the result, a finite number > 0.
 * @param cv - Coefficient of variation of the result (sd / mean), a finite number ≥ 0.
 * @throws RangeError if `mean` is not a finite number > 0 or `cv` is not a finite number ≥ 0.
 */
export function lognormalMeanCv(rng: Rng, mean: number, cv: number): number {
  if (!(mean > 0 && mean < Infinity)) {
    throw new RangeError(`lognormalMeanCv: mean must be a finite number > 0, got ${mean}`);
  }
  if (!(cv >= 0 && cv < Infinity)) {
    throw new RangeError(`lognormalMeanCv: cv must be a finite number >= 0, got ${cv}`);
  }
  const z = standardNormal(rng);
  if (cv === 0) return mean;
  const sigma2 = Math.log1p(cv * cv);
  return mean * Math.exp(Math.sqrt(sigma2) * z - 0.5 * sigma2);
}
