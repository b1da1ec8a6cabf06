/*
 * Tests for empirical: uniform resampling of the observed values, moments of
 * the resampled data, and validation.
 */
import { describe, expect, it } from "vitest";
import { createStream, empirical } from "../../src/random";
import { N, draws, expectFrequency, expectMoments } from "./helpers";

describe("empirical", () => {
  it("resamples each observation with probability 1/n (duplicates count twice)", () => {
    const samples = [1, 2, 2, 9];
    const rng = createStream(12, "empirical");
    const xs = draws(N, () => empirical(rng, samples));
    // Population of the four values: mean 3.5, variance 10.25 (divisor n), μ4 = 176.5625.
    // n = 200k: SE(mean) = 0.0072, SE(var) = sqrt((176.56 − 105.06)/n) = 0.019; tolerance 5 SE.
    expectMoments(xs, { mean: 3.5, variance: 10.25, mu4: 176.5625 }, "empirical");
    let ones = 0;
    let twos = 0;
    for (const x of xs) {
      if (x === 1) ones++;
      if (x === 2) twos++;
    }
    expectFrequency(ones, N, 0.25, "P(1)");
    expectFrequency(twos, N, 0.5, "P(2)");
  });

  it("works for any value type and maps the uniform to an index", () => {
    expect(empirical(() => 0, ["a", "b", "c"])).toBe("a");
    expect(empirical(() => 0.5, ["a", "b", "c"])).toBe("b");
    expect(empirical(() => 0.99, ["a", "b", "c"])).toBe("c");
    expect(empirical(() => 1, ["a", "b", "c"])).toBe("c"); // out-of-contract rng stays in range
  });

  it("rejects an empty sample, naming the parameter", () => {
    expect(() => empirical(createStream(1), [])).toThrow(/empirical: samples must not be empty/);
  });
});
