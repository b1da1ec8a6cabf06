/*
 * ln(k!) for non-negative whole numbers, used by the Poisson sampler's
 * acceptance test. A table for small k, Stirling's series (accurate to double
 * precision) above it.
 */

const TABLE_SIZE = 30;
const TABLE = new Float64Array(TABLE_SIZE);
for (let k = 1; k < TABLE_SIZE; k++) TABLE[k] = (TABLE[k - 1] as number) + Math.log(k);

const HALF_LN_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/**
 * The natural logarithm of k! for a whole number k ≥ 0. Not validated: this is an
 * internal helper for hot paths.
 *
 * @param k - A whole number ≥ 0.
 */
export function logFactorial(k: number): number {
  if (k < TABLE_SIZE) return TABLE[k] as number;
  // Stirling series for ln Γ(x) at x = k + 1 ≥ 31; the omitted terms are < 1e-17.
  const x = k + 1;
  const r = 1 / x;
  const r2 = r * r;
  const series = r * (1 / 12 - r2 * (1 / 360 - r2 * (1 / 1260 - r2 * (1 / 1680))));
  return (x - 0.5) * Math.log(x) - x + HALF_LN_TWO_PI + series;
}
