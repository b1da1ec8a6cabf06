/*
 * The Weibull distribution, by inversion of one uniform. Shape < 1 gives a
 * decreasing hazard, shape > 1 an increasing one, shape 1 the exponential.
 */
import type { Rng } from "./Rng";

/**
 * Draws from the Weibull distribution with shape k and scale λ:
 * `λ · (−ln(1 − u))^(1/k)`, with mean `λ Γ(1 + 1/k)`. Consumes exactly one
 * number from `rng`.
 *
 * @param rng - Source of uniforms in [0, 1).
 * @param shape - Shape k, a finite number > 0.
 * @param scale - Scale λ, a finite number > 0.
 * @throws RangeError if `shape` or `scale` is not a finite number > 0.
 */
export function weibull(rng: Rng, shape: number, scale: number): number {
  if (!(shape > 0 && shape < Infinity)) {
    throw new RangeError(`weibull: shape must be a finite number > 0, got ${shape}`);
  }
  if (!(scale > 0 && scale < Infinity)) {
    throw new RangeError(`weibull: scale must be a finite number > 0, got ${scale}`);
  }
  return scale * Math.pow(-Math.log1p(-rng()), 1 / shape);
}
