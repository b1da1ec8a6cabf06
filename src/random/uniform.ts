/*
 * The continuous uniform distribution on an interval, by scaling one uniform.
 */
import type { Rng } from "./Rng";

/**
 * Draws from the uniform distribution on [min, max). Consumes exactly one number
 * from `rng`; returns `min` when `min === max`.
 *
 * @param rng - Source of uniforms in [0, 1).
 * @param min - Lower end, a finite number.
 * @param max - Upper end, a finite number ≥ `min`.
 * @throws RangeError if `min` or `max` is not finite or `max < min`.
 */
export function uniform(rng: Rng, min: number, max: number): number {
  if (!Number.isFinite(min)) throw new RangeError(`uniform: min must be a finite number, got ${min}`);
  if (!(max >= min && max < Infinity)) {
    throw new RangeError(`uniform: max must be a finite number >= min (${min}), got ${max}`);
  }
  return min + (max - min) * rng();
}
