/*
 * The gamma distribution by Marsaglia and Tsang's squeeze-rejection method
 * (2000). For shape < 1 it draws shape + 1 and multiplies by U^(1/shape). The
 * number of uniforms consumed varies (rejection), about 2.1 per try at worst.
 */
import type { Rng } from "./Rng";
import { standardNormal } from "./standardNormal";

/**
 * Draws from the gamma distribution with shape k and scale θ (mean kθ,
 * variance kθ²). Exact in distribution (Marsaglia–Tsang rejection; for
 * `shape < 1`, the boost `G(k) = G(k + 1) · U^(1/k)`). Consumes a varying number
 * of uniforms. For very small shapes the result can underflow to 0.
 *
 * @param rng - Source of uniforms in [0, 1).
 * @param shape - Shape k, a finite number > 0.
 * @param scale - Scale θ, a finite number > 0.
 * @throws RangeError if `shape` or `scale` is not a finite number > 0.
 */
export function gamma(rng: Rng, shape: number, scale: number): number {
  if (!(shape > 0 && shape < Infinity)) {
    throw new RangeError(`gamma: shape must be a finite number > 0, got ${shape}`);
  }
  if (!(scale > 0 && scale < Infinity)) {
    throw new RangeError(`gamma: scale must be a finite number > 0, got ${scale}`);
  }
  if (shape < 1) {
    const g = standardGamma(rng, shape + 1);
    return scale * g * Math.pow(1 - rng(), 1 / shape);
  }
  return scale * standardGamma(rng, shape);
}

/** Marsaglia–Tsang for shape ≥ 1, scale 1. */
function standardGamma(rng: Rng, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - rng(); // in (0, 1]
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}
