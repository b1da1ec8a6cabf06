/*
 * Tests for triangular: moments and CDF against theory (mode inside and at
 * either end), hand-checked inversion, degenerate interval and validation.
 */
import { describe, expect, it } from "vitest";
import { createStream, triangular } from "../../src/random";
import { KS_CRITICAL, N, draws, expectMoments, ksScaled } from "./helpers";

function triangularCdf(a: number, c: number, b: number): (x: number) => number {
  return (x) => {
    if (x <= a) return 0;
    if (x >= b) return 1;
    if (x < c) return ((x - a) * (x - a)) / ((b - a) * (c - a));
    return 1 - ((b - x) * (b - x)) / ((b - a) * (b - c));
  };
}

describe("triangular", () => {
  for (const [a, c, b] of [
    [1, 2, 5],
    [0, 0, 1],
    [0, 1, 1],
  ] as const) {
    it(`matches mean, variance and CDF for (${a}, ${c}, ${b})`, () => {
      const rng = createStream(8, "triangular", a, c, b);
      const xs = draws(N, () => triangular(rng, a, c, b));
      const variance = (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
      // Every triangular distribution has excess kurtosis −3/5, so μ4 = 2.4σ⁴.
      // For (1, 2, 5): SE(mean) = 0.0019, SE(var) = sqrt(1.4)·σ²/sqrt(n) = 0.0019; tolerance 5 SE.
      expectMoments(xs, { mean: (a + b + c) / 3, variance, mu4: 2.4 * variance ** 2 }, `Tri(${a},${c},${b})`);
      expect(ksScaled(xs, triangularCdf(a, c, b))).toBeLessThan(KS_CRITICAL);
      expect(Math.min(...xs.subarray(0, 10_000))).toBeGreaterThanOrEqual(a);
      expect(Math.max(...xs.subarray(0, 10_000))).toBeLessThanOrEqual(b);
    });
  }

  it("inverts the CDF exactly at hand-checked points", () => {
    // (0, 1, 4): F(1) = 1/4. u = 1/16 → x = sqrt(1/16 · 4 · 1) = 0.5; u = 1/4 → x = 1 (the mode);
    // u = 1 − 1/12 → x = 4 − sqrt(1/12 · 4 · 3) = 3.
    expect(triangular(() => 1 / 16, 0, 1, 4)).toBeCloseTo(0.5, 14);
    expect(triangular(() => 0.25, 0, 1, 4)).toBeCloseTo(1, 14);
    expect(triangular(() => 1 - 1 / 12, 0, 1, 4)).toBeCloseTo(3, 14);
    expect(triangular(() => 0.5, 2, 2, 2)).toBe(2);
  });

  it("rejects invalid parameters, naming them", () => {
    const rng = createStream(1);
    expect(() => triangular(rng, Number.NaN, 0, 1)).toThrow(/triangular: min/);
    expect(() => triangular(rng, 2, 2, 1)).toThrow(/triangular: max must be a finite number >= min \(2\), got 1/);
    expect(() => triangular(rng, 0, 0, Infinity)).toThrow(/max/);
    expect(() => triangular(rng, 0, 2, 1)).toThrow(/triangular: mode must be .* got 2/);
    expect(() => triangular(rng, 0, -1, 1)).toThrow(/mode/);
    expect(() => triangular(rng, 0, Number.NaN, 1)).toThrow(/mode/);
  });
});
