/*
 * Tests for weibull: moments and CDF against theory for decreasing and
 * increasing hazards, and validation.
 */
import { describe, expect, it } from "vitest";
import { createStream, weibull } from "../../src/random";
import { KS_CRITICAL, N, centralFromRaw, draws, expectMoments, gammaFn, ksScaled } from "./helpers";

describe("weibull", () => {
  for (const shape of [0.7, 1, 2, 5]) {
    it(`matches mean, variance and CDF for shape ${shape}, scale 3`, () => {
      const scale = 3;
      const rng = createStream(7, "weibull", shape);
      const xs = draws(N, () => weibull(rng, shape, scale));
      // Raw moments E[X^n] = λ^n Γ(1 + n/k). For k = 0.7: mean 3.80, variance 30.1,
      // SE(var) = sqrt((μ4 − σ⁴)/n) ≈ 0.24 at n = 200k; tolerance 5 SE.
      const raw = (n: number): number => scale ** n * gammaFn(1 + n / shape);
      expectMoments(xs, centralFromRaw(raw(1), raw(2), raw(3), raw(4)), `Weibull(${shape},${scale})`);
      expect(ksScaled(xs, (x) => 1 - Math.exp(-((x / scale) ** shape)))).toBeLessThan(KS_CRITICAL);
    });
  }

  it("rejects invalid parameters, naming them", () => {
    const rng = createStream(1);
    expect(() => weibull(rng, 0, 1)).toThrow(/weibull: shape must be a finite number > 0, got 0/);
    expect(() => weibull(rng, Number.NaN, 1)).toThrow(/shape/);
    expect(() => weibull(rng, 1, -3)).toThrow(/weibull: scale must be a finite number > 0, got -3/);
    expect(() => weibull(rng, 1, Infinity)).toThrow(/scale/);
  });
});
