/*
 * The Poisson distribution (number of events in a fixed window of a Poisson
 * process). Exact in distribution: inversion by sequential search for small means,
 * and Hörmann's transformed rejection with squeeze (PTRS, 1993) for means of 10
 * or more, where inversion would get slow.
 */
import type { Rng } from "./Rng";
import { logFactorial } from "./logFactorial";

/** From this mean upwards PTRS is used (it is valid for mean ≥ 10). */
const PTRS_THRESHOLD = 10;

/**
 * Draws from the Poisson distribution with mean `mean`. For `mean < 10` it
 * consumes exactly one number from `rng` (inversion, so the result is monotone in
 * the uniform); for larger means it uses PTRS rejection and consumes an even
 * number of uniforms (2 per try, about 1.1 tries on average). Returns 0 for mean 0.
 *
 * @param rng - Source of uniforms in [0, 1).
 * @param mean - Mean λ, a finite number ≥ 0.
 * @throws RangeError if `mean` is not a finite number ≥ 0.
 */
export function poisson(rng: Rng, mean: number): number {
  if (!(mean >= 0 && mean < Infinity)) {
    throw new RangeError(`poisson: mean must be a finite number >= 0, got ${mean}`);
  }
  if (mean < PTRS_THRESHOLD) {
    const u = rng();
    let k = 0;
    let p = Math.exp(-mean);
    let cumulative = p;
    // p > 0 guards against an endless loop should rounding keep cumulative ≤ u.
    while (u >= cumulative && p > 0) {
      k++;
      p *= mean / k;
      cumulative += p;
    }
    return k;
  }
  return ptrs(rng, mean);
}

/** Hörmann (1993), "The transformed rejection method for generating Poisson random variables". */
function ptrs(rng: Rng, lambda: number): number {
  const sqrtLambda = Math.sqrt(lambda);
  const logLambda = Math.log(lambda);
  const b = 0.931 + 2.53 * sqrtLambda;
  const a = -0.059 + 0.02483 * b;
  const logInvAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = rng() - 0.5;
    const v = rng();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (Math.log(v) + logInvAlpha - Math.log(a / (us * us) + b) <= -lambda + k * logLambda - logFactorial(k)) {
      return k;
    }
  }
}
