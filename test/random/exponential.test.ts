/*
 * Tests for exponential: moments and CDF against theory, inversion and validation.
 */
import { describe, expect, it } from "vitest";
import { createStream, exponential } from "../../src/random";
import { KS_CRITICAL, N, draws, expectMoments, ksScaled } from "./helpers";

describe("exponential", () => {
  for (const rate of [0.5, 30]) {
    it(`matches the mean, variance and CDF for rate ${rate}`, () => {
      const rng = createStream(2, "exponential", rate);
      const xs = draws(N, () => exponential(rng, rate));
      // mean 1/λ, variance 1/λ², μ4 = 9/λ⁴. For λ = 0.5, n = 200k: SE(mean) = 0.0045,
      // SE(var) = sqrt(8·16/n) = 0.025; tolerance 5 SE.
      expectMoments(xs, { mean: 1 / rate, variance: 1 / rate ** 2, mu4: 9 / rate ** 4 }, `Exp(${rate})`);
      expect(ksScaled(xs, (x) => 1 - Math.exp(-rate * x))).toBeLessThan(KS_CRITICAL);
    });
  }

  it("is the inverse CDF of one uniform", () => {
    let calls = 0;
    const stub = (): number => {
      calls++;
      return 1 - Math.exp(-2);
    };
    expect(exponential(stub, 4)).toBeCloseTo(0.5, 14);
    expect(calls).toBe(1);
    expect(exponential(() => 0, 1)).toBe(0);
  });

  it("rejects invalid rates, naming the parameter", () => {
    const rng = createStream(1);
    for (const bad of [0, -1, Number.NaN, Infinity]) {
      expect(() => exponential(rng, bad)).toThrow(RangeError);
      expect(() => exponential(rng, bad)).toThrow(`exponential: rate must be a finite number > 0, got ${bad}`);
    }
  });
});
