/*
 * Tests for erlang: moments and CDF against theory on both the product path
 * (k ≤ 16) and the gamma path, draw count, and validation.
 */
import { describe, expect, it } from "vitest";
import { createStream, erlang } from "../../src/random";
import { KS_CRITICAL, N, draws, expectMoments, gammaP, ksScaled } from "./helpers";

describe("erlang", () => {
  for (const k of [1, 3, 16, 17, 40]) {
    it(`matches mean k/rate, variance k/rate² and the CDF for k = ${k}`, () => {
      const rate = 2;
      const rng = createStream(6, "erlang", k);
      const xs = draws(N, () => erlang(rng, k, rate));
      // μ4 = 3k(k+2)/rate⁴. For k = 3, n = 200k: SE(mean) = 0.0019, SE(var) = sqrt((45 − 9)/16/n) = 0.0034; 5 SE.
      expectMoments(xs, { mean: k / rate, variance: k / rate ** 2, mu4: (3 * k * (k + 2)) / rate ** 4 }, `Erlang(${k},${rate})`);
      expect(ksScaled(xs, (x) => gammaP(k, rate * x))).toBeLessThan(KS_CRITICAL);
    });
  }

  it("consumes exactly k uniforms for k ≤ 16", () => {
    let calls = 0;
    const rng = createStream(6, "count");
    const counting = (): number => {
      calls++;
      return rng();
    };
    erlang(counting, 7, 1);
    expect(calls).toBe(7);
  });

  it("rejects invalid parameters, naming them", () => {
    const rng = createStream(1);
    expect(() => erlang(rng, 0, 1)).toThrow(/erlang: k must be an integer >= 1, got 0/);
    expect(() => erlang(rng, 2.5, 1)).toThrow(/k/);
    expect(() => erlang(rng, Number.NaN, 1)).toThrow(/k/);
    expect(() => erlang(rng, 2, 0)).toThrow(/erlang: rate must be a finite number > 0, got 0/);
    expect(() => erlang(rng, 2, Infinity)).toThrow(/rate/);
  });
});
