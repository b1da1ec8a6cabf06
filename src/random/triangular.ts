/*
 * The triangular distribution (minimum, most likely, maximum), the usual way to
 * turn an expert's three-point estimate into a distribution. Drawn by inversion.
 */
import type { Rng } from "./Rng";

/**
 * Draws from the triangular distribution on [min, max] with peak at `mode`
 * (mean `(min + mode + max) / 3`). Consumes exactly one number from `rng`;
 * returns `min` when `min === max`.
 *
 * @param rng - Source of uniforms in [0, 1).
 * @param min - Lower end, a finite number.
 * @param mode - Most likely value, a finite number with min ≤ mode ≤ max.
 * @param max - Upper end, a finite number ≥ `min`.
 * @throws RangeError if a parameter is not finite or `min ≤ mode ≤ max` fails.
 */
export function triangular(rng: Rng, min: number, mode: number, max: number): number {
  if (!Number.isFinite(min)) throw new RangeError(`triangular: min must be a finite number, got ${min}`);
  if (!(max >= min && max < Infinity)) {
    throw new RangeError(`triangular: max must be a finite number >= min (${min}), got ${max}`);
  }
  if (!(mode >= min && mode <= max)) {
    throw new RangeError(`triangular: mode must be a number between min (${min}) and max (${max}), got ${mode}`);
  }
  const u = rng();
  const range = max - min;
  if (range === 0) return min;
  const left = mode - min;
  if (u * range < left) return min + Math.sqrt(u * range * left);
  return max - Math.sqrt((1 - u) * range * (max - mode));
}
