/*
 * Tests for poisson: moments and the full probability mass function against
 * theory on both sides of the algorithm switch (inversion below 10, PTRS from 10),
 * draw counts and validation.
 */
import { describe, expect, it } from "vitest";
import { createStream, poisson } from "../../src/random";
import { N, draws, expectFrequency, expectMoments, logGammaFn } from "./helpers";

function pmf(k: number, mean: number): number {
  return Math.exp(k * Math.log(mean) - mean - logGammaFn(k + 1));
}

describe("poisson", () => {
  for (const mean of [0.2, 3, 9.99, 10, 12.5, 100, 10_000, 1e7]) {
    it(`matches mean, variance and pmf for mean ${mean}`, () => {
      const rng = createStream(10, "poisson", mean);
      const xs = draws(N, () => poisson(rng, mean));
      for (let i = 0; i < 1000; i++) expect(Number.isInteger(xs[i]) && (xs[i] as number) >= 0).toBe(true);
      // Variance m, μ4 = m(1 + 3m). For m = 100, n = 200k: SE(mean) = 0.022,
      // SE(var) = sqrt((m + 2m²)/n) = 0.32; tolerance 5 SE.
      expectMoments(xs, { mean, variance: mean, mu4: mean * (1 + 3 * mean) }, `Poisson(${mean})`);
      // Each value with probability ≥ 1e-4 appears with its pmf frequency within 5 binomial SE
      // (≤ ~200 values tested; P(any false alarm) ≈ 200 · 5.7e-7).
      const counts = new Map<number, number>();
      for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
      const sd = Math.sqrt(mean);
      const from = Math.max(0, Math.floor(mean - 6 * sd));
      let tested = 0;
      for (let k = from; k <= mean + 6 * sd + 5; k++) {
        const p = pmf(k, mean);
        if (p < 1e-4) continue;
        expectFrequency(counts.get(k) ?? 0, N, p, `Poisson(${mean}) P(X = ${k})`);
        tested++;
      }
      expect(tested).toBeGreaterThan(0);
    });
  }

  it("returns 0 for mean 0 and uses one uniform below mean 10 (monotone inversion)", () => {
    const rng = createStream(10, "zero");
    for (let i = 0; i < 1000; i++) expect(poisson(rng, 0)).toBe(0);
    let calls = 0;
    const counting = (): number => {
      calls++;
      return rng();
    };
    for (let i = 0; i < 100; i++) poisson(counting, 9.5);
    expect(calls).toBe(100);
    // inversion at hand-checked points for mean 1: F(0) = e^-1 = 0.3679, F(1) = 0.7358
    expect(poisson(() => 0.36, 1)).toBe(0);
    expect(poisson(() => 0.37, 1)).toBe(1);
    expect(poisson(() => 0.74, 1)).toBe(2);
  });

  it("rejects invalid means, naming the parameter", () => {
    const rng = createStream(1);
    expect(() => poisson(rng, -1)).toThrow(/poisson: mean must be a finite number >= 0, got -1/);
    expect(() => poisson(rng, Number.NaN)).toThrow(/mean/);
    expect(() => poisson(rng, Infinity)).toThrow(/mean/);
  });
});
