/*
 * Tests for lognormal and lognormalMeanCv: moments and CDF against theory,
 * the cv = 0 case, and validation.
 */
import { describe, expect, it } from "vitest";
import { createStream, lognormal, lognormalMeanCv } from "../../src/random";
import { KS_CRITICAL, N, centralFromRaw, draws, expectMoments, ksScaled, normalCdf } from "./helpers";

/** Mean, variance and μ4 of exp(N(mu, sigma²)) from its raw moments E[X^n] = exp(n·mu + n²σ²/2). */
function lognormalTheory(mu: number, sigma: number): { mean: number; variance: number; mu4: number } {
  const raw = (n: number): number => Math.exp(n * mu + (n * n * sigma * sigma) / 2);
  return centralFromRaw(raw(1), raw(2), raw(3), raw(4));
}

describe("lognormal", () => {
  it("matches exp(N(1, 0.5²)) in mean, variance and CDF", () => {
    const rng = createStream(4, "lognormal");
    const xs = draws(N, () => lognormal(rng, 1, 0.5));
    // mean 3.08, variance 2.69, μ4 = 59.6: n = 200k gives SE(mean) = 0.0037 and
    // SE(var) = sqrt((59.6 − 7.2)/n) = 0.016; tolerance 5 SE.
    expectMoments(xs, lognormalTheory(1, 0.5), "LN(1,0.5)");
    expect(ksScaled(xs, (x) => normalCdf((Math.log(x) - 1) / 0.5))).toBeLessThan(KS_CRITICAL);
  });

  it("returns exp(mu) when sigma is 0 and rejects invalid parameters", () => {
    const rng = createStream(4, "x");
    expect(lognormal(rng, 2, 0)).toBe(Math.exp(2));
    expect(() => lognormal(rng, Number.NaN, 1)).toThrow(/lognormal: mu/);
    expect(() => lognormal(rng, 0, -0.1)).toThrow(/lognormal: sigma must be a finite number >= 0, got -0.1/);
    expect(() => lognormal(rng, 0, Infinity)).toThrow(/sigma/);
  });
});

describe("lognormalMeanCv", () => {
  for (const [mean, cv] of [
    [10, 0.5],
    [2, 1.2],
  ] as const) {
    it(`has mean ${mean} and sd ${cv}·${mean}`, () => {
      const rng = createStream(4, "meancv", mean, cv);
      const xs = draws(N, () => lognormalMeanCv(rng, mean, cv));
      const sigma2 = Math.log(1 + cv * cv);
      const theory = lognormalTheory(Math.log(mean) - sigma2 / 2, Math.sqrt(sigma2));
      expect(theory.mean).toBeCloseTo(mean, 10);
      expect(theory.variance).toBeCloseTo((cv * mean) ** 2, 10);
      // For (10, 0.5): SE(mean) = 5/sqrt(n) = 0.011, SE(var) = 0.17 (μ4 from theory). For (2, 1.2)
      // the tail is heavy (kurtosis ~ 60): SE(var) = 0.10 on a variance of 5.76; tolerance 5 SE.
      expectMoments(xs, theory, `LN mean ${mean} cv ${cv}`);
      expect(ksScaled(xs, (x) => normalCdf((Math.log(x) - (Math.log(mean) - sigma2 / 2)) / Math.sqrt(sigma2)))).toBeLessThan(KS_CRITICAL);
    });
  }

  it("returns exactly the mean when cv is 0, still consuming two draws", () => {
    let calls = 0;
    const rng = createStream(4, "cv0");
    const counting = (): number => {
      calls++;
      return rng();
    };
    expect(lognormalMeanCv(counting, 3.7, 0)).toBe(3.7);
    expect(calls).toBe(2);
  });

  it("rejects invalid parameters, naming them", () => {
    const rng = createStream(1);
    expect(() => lognormalMeanCv(rng, 0, 1)).toThrow(/lognormalMeanCv: mean must be a finite number > 0, got 0/);
    expect(() => lognormalMeanCv(rng, -2, 1)).toThrow(/mean/);
    expect(() => lognormalMeanCv(rng, Infinity, 1)).toThrow(/mean/);
    expect(() => lognormalMeanCv(rng, 1, -1)).toThrow(/lognormalMeanCv: cv must be a finite number >= 0, got -1/);
    expect(() => lognormalMeanCv(rng, 1, Number.NaN)).toThrow(/cv/);
  });
});
