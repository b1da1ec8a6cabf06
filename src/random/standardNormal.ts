/*
 * The standard normal distribution by the Box–Muller transform. It uses exactly
 * two uniforms per draw and keeps no cached second value, so a stream's draws
 * depend only on that stream.
 */
import type { Rng } from "./Rng";

const TWO_PI = 2 * Math.PI;

/**
 * Draws from the standard normal distribution (mean 0, sd 1). Consumes exactly
 * two numbers from `rng` (Box–Muller, cosine branch; the sine branch is discarded
 * so no state is kept between calls).
 *
 * @param rng - Source of uniforms in [0, 1).
 */
export function standardNormal(rng: Rng): number {
  const radius = Math.sqrt(-2 * Math.log1p(-rng()));
  return radius * Math.cos(TWO_PI * rng());
}
