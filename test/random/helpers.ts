/*
 * Shared statistical helpers for the random tests: sample moments, checks of
 * mean and variance against theory with standard-error tolerances, the
 * Kolmogorov–Smirnov statistic, and a few special functions for theoretical
 * moments and CDFs.
 */
import { expect } from "vitest";

/** Number of draws used by the moment checks. */
export const N = 200_000;

/** Tolerance in standard errors. Under the null, |Z| > 5 has probability 5.7e-7. */
export const Z = 5;

/** Draws n values of f into a Float64Array. */
export function draws(n: number, f: () => number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = f();
  return out;
}

/** Sample mean, unbiased variance and central fourth moment. */
export function sampleMoments(xs: ArrayLike<number>): { mean: number; variance: number; m4: number } {
  const n = xs.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += xs[i] as number;
  const mean = sum / n;
  let s2 = 0;
  let s4 = 0;
  for (let i = 0; i < n; i++) {
    const d = (xs[i] as number) - mean;
    const d2 = d * d;
    s2 += d2;
    s4 += d2 * d2;
  }
  return { mean, variance: s2 / (n - 1), m4: s4 / n };
}

/** Central moments (variance and fourth central moment) from raw moments E[X], E[X²], E[X³], E[X⁴]. */
export function centralFromRaw(m1: number, m2: number, m3: number, m4: number): { mean: number; variance: number; mu4: number } {
  return {
    mean: m1,
    variance: m2 - m1 * m1,
    mu4: m4 - 4 * m3 * m1 + 6 * m2 * m1 * m1 - 3 * m1 ** 4,
  };
}

/**
 * Asserts that the sample mean and variance of xs match theory within Z standard
 * errors. SE of the mean is sqrt(σ²/n); SE of the sample variance is
 * sqrt((μ4 − σ⁴)/n), with μ4 the theoretical fourth central moment.
 */
export function expectMoments(xs: ArrayLike<number>, theory: { mean: number; variance: number; mu4: number }, label: string): void {
  const n = xs.length;
  const s = sampleMoments(xs);
  const seMean = Math.sqrt(theory.variance / n);
  const seVar = Math.sqrt((theory.mu4 - theory.variance ** 2) / n);
  expect(Math.abs(s.mean - theory.mean), `${label}: mean ${s.mean} vs ${theory.mean} (SE ${seMean})`).toBeLessThanOrEqual(Z * seMean);
  expect(Math.abs(s.variance - theory.variance), `${label}: variance ${s.variance} vs ${theory.variance} (SE ${seVar})`).toBeLessThanOrEqual(Z * seVar);
}

/**
 * Kolmogorov–Smirnov: sqrt(n) · sup |F_n − F|. Under the null its distribution
 * is close to Kolmogorov's; P(> 1.95) ≈ 0.001.
 */
export function ksScaled(xs: Float64Array, cdf: (x: number) => number): number {
  const sorted = Float64Array.from(xs).sort();
  const n = sorted.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(sorted[i] as number);
    d = Math.max(d, (i + 1) / n - f, f - i / n);
  }
  return Math.sqrt(n) * d;
}

/** Critical value of the scaled KS statistic at level 0.001. */
export const KS_CRITICAL = 1.95;

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
  9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9; relative error ~1e-15). */
export function logGammaFn(x: number): number {
  const c = LANCZOS;
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGammaFn(1 - x);
  const z = x - 1;
  let a = c[0] as number;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += (c[i] as number) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Γ(x) for x > 0. */
export function gammaFn(x: number): number {
  return Math.exp(logGammaFn(x));
}

/** Regularised lower incomplete gamma P(a, x) (series / continued fraction, Numerical Recipes). */
export function gammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  const lnPrefix = -x + a * Math.log(x) - logGammaFn(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 1000; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-16) break;
    }
    return sum * Math.exp(lnPrefix);
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return 1 - Math.exp(lnPrefix) * h;
}

/**
 * Standard normal CDF via the Numerical Recipes erfc approximation (fractional
 * error < 1.2e-7, far below the KS tolerance of ~0.004 at n = 200k).
 */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? 1 - r / 2 : r / 2;
}

/** Asserts that a count is within Z Poisson standard errors (sqrt(expected)) of its expectation. */
export function expectPoissonCount(count: number, expected: number, label: string): void {
  expect(Math.abs(count - expected), `${label}: count ${count} vs expected ${expected} (SE ${Math.sqrt(expected)})`).toBeLessThanOrEqual(
    Z * Math.sqrt(expected),
  );
}

/** Asserts that an observed frequency of an event with probability p in n trials is within Z binomial SEs. */
export function expectFrequency(count: number, n: number, p: number, label: string): void {
  const se = Math.sqrt((p * (1 - p)) / n);
  expect(Math.abs(count / n - p), `${label}: frequency ${count / n} vs ${p} (SE ${se})`).toBeLessThanOrEqual(Z * se);
}
