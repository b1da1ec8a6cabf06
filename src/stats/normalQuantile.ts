/*
 * The inverse of the standard normal distribution function. It follows
 * Wichura's algorithm AS 241 (PPND16), which uses rational approximations in
 * three regions and is accurate to about 1 part in 1e16.
 */

// AS 241 coefficients, constant term first. Central region |p - 0.5| <= 0.425.
const A = [
  3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125, 45921.953931549871457, 67265.770927008700853,
  33430.575583588128105, 2509.0809287301226727,
] as const;
const B = [
  1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867, 39307.89580009271061, 28729.085735721942674,
  5226.495278852854561,
] as const;
// Intermediate tail, sqrt(-log(min(p, 1 - p))) <= 5.
const C = [
  1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504, 1.27045825245236838258, 0.24178072517745061177,
  0.0227238449892691845833, 7.7454501427834140764e-4,
] as const;
const D = [
  1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4,
  1.05075007164441684324e-9,
] as const;
// Far tail.
const E = [
  6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123, 0.026532189526576123093, 0.0012426609473880784386,
  2.71155556874348757815e-5, 2.01033439929228813265e-7,
] as const;
const F = [
  1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525, 7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7,
  2.04426310338993978564e-15,
] as const;

/** Evaluates a degree-7 polynomial (coefficients constant term first) by Horner's rule. */
function poly7(c: readonly [number, number, number, number, number, number, number, number], x: number): number {
  return ((((((c[7] * x + c[6]) * x + c[5]) * x + c[4]) * x + c[3]) * x + c[2]) * x + c[1]) * x + c[0];
}

/**
 * Standard normal quantile: the `z` with `P(Z <= z) = p` for `Z ~ N(0, 1)`.
 *
 * Uses Wichura (1988), Algorithm AS 241, Applied Statistics 37(3), 477-484,
 * relative accuracy about 1e-16. `p = 0` gives `-Infinity` and `p = 1` gives
 * `Infinity`. Allocation-free.
 *
 * @param p - probability in [0, 1]
 * @returns the lower-tail quantile
 * @throws RangeError when `p` is NaN or outside [0, 1]
 *
 * @example
 * ```ts
 * normalQuantile(0.975); // 1.959963984540054
 * ```
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) {
    throw new RangeError(`normalQuantile: p must be a probability in [0, 1], got ${p}`);
  }
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * poly7(A, r)) / poly7(B, r);
  }
  const tail = q < 0 ? p : 1 - p;
  if (tail === 0) return q < 0 ? -Infinity : Infinity;
  const r = Math.sqrt(-Math.log(tail));
  const z = r <= 5 ? poly7(C, r - 1.6) / poly7(D, r - 1.6) : poly7(E, r - 5) / poly7(F, r - 5);
  return q < 0 ? -z : z;
}
