/*
 * Tests for gamma: moments and CDF against theory for shapes below, at and
 * above 1, and validation.
 */
import { describe, expect, it } from "vitest";
import { createStream, gamma } from "../../src/random";
import { KS_CRITICAL, N, draws, expectMoments, gammaP, ksScaled } from "./helpers";

describe("gamma", () => {
  for (const shape of [0.05, 0.3, 1, 2.5, 10, 150]) {
    it(`matches mean, variance and CDF for shape ${shape}, scale 2`, () => {
      const scale = 2;
      const rng = createStream(5, "gamma", shape);
      const xs = draws(N, () => gamma(rng, shape, scale));
      // mean kθ, variance kθ², μ4 = 3k(k+2)θ⁴ (excess kurtosis 6/k). For k = 0.3, n = 200k:
      // SE(mean) = 0.0024, SE(var) = sqrt((3·0.3·2.3 − 0.09)·16/n) = 0.013; tolerance 5 SE.
      expectMoments(xs, { mean: shape * scale, variance: shape * scale ** 2, mu4: 3 * shape * (shape + 2) * scale ** 4 }, `Gamma(${shape},${scale})`);
      expect(ksScaled(xs, (x) => gammaP(shape, x / scale))).toBeLessThan(KS_CRITICAL);
      expect(Math.min(...xs.subarray(0, 10_000))).toBeGreaterThanOrEqual(0);
    });
  }

  it("rejects invalid parameters, naming them", () => {
    const rng = createStream(1);
    expect(() => gamma(rng, 0, 1)).toThrow(/gamma: shape must be a finite number > 0, got 0/);
    expect(() => gamma(rng, Number.NaN, 1)).toThrow(/shape/);
    expect(() => gamma(rng, Infinity, 1)).toThrow(/shape/);
    expect(() => gamma(rng, 1, -1)).toThrow(/gamma: scale must be a finite number > 0, got -1/);
    expect(() => gamma(rng, 1, 0)).toThrow(/scale/);
  });
});
