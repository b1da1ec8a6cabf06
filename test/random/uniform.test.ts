/*
 * Tests for uniform: moments and CDF against theory, degenerate interval,
 * draw count and validation.
 */
import { describe, expect, it } from "vitest";
import { createStream, uniform } from "../../src/random";
import { KS_CRITICAL, N, draws, expectMoments, ksScaled } from "./helpers";

describe("uniform", () => {
  it("matches the mean, variance and CDF of U(2, 5)", () => {
    const rng = createStream(1, "uniform");
    const xs = draws(N, () => uniform(rng, 2, 5));
    // n = 200k: SE(mean) = sqrt(0.75/n) = 0.0019, SE(var) = sqrt((81/80 − 0.5625)/n) = 0.0015; 5 SE.
    expectMoments(xs, { mean: 3.5, variance: 0.75, mu4: 81 / 80 }, "U(2,5)");
    expect(ksScaled(xs, (x) => Math.min(1, Math.max(0, (x - 2) / 3)))).toBeLessThan(KS_CRITICAL);
    expect(Math.min(...xs.subarray(0, 10_000))).toBeGreaterThanOrEqual(2);
    expect(Math.max(...xs.subarray(0, 10_000))).toBeLessThan(5);
  });

  it("maps the uniform linearly and consumes one draw, also when min === max", () => {
    let calls = 0;
    const stub = (): number => {
      calls++;
      return 0.25;
    };
    expect(uniform(stub, -4, 4)).toBe(-2);
    expect(uniform(stub, 3, 3)).toBe(3);
    expect(calls).toBe(2);
  });

  it("rejects invalid parameters, naming them", () => {
    const rng = createStream(1);
    expect(() => uniform(rng, Number.NaN, 1)).toThrow(/uniform: min/);
    expect(() => uniform(rng, -Infinity, 1)).toThrow(/min/);
    expect(() => uniform(rng, 2, 1)).toThrow(/uniform: max.*got 1/);
    expect(() => uniform(rng, 0, Infinity)).toThrow(/max/);
    expect(() => uniform(rng, 0, Number.NaN)).toThrow(RangeError);
  });
});
