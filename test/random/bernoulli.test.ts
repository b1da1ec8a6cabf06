/*
 * Tests for bernoulli: frequency against p, the edge probabilities, monotone
 * coupling on a shared stream, and validation.
 */
import { describe, expect, it } from "vitest";
import { bernoulli, createStream } from "../../src/random";
import { N, expectFrequency } from "./helpers";

describe("bernoulli", () => {
  for (const p of [0.001, 0.3, 0.97]) {
    it(`returns true with frequency ${p}`, () => {
      const rng = createStream(9, "bernoulli", p);
      let count = 0;
      for (let i = 0; i < N; i++) if (bernoulli(rng, p)) count++;
      // Binomial SE sqrt(p(1−p)/n): 0.001 for p = 0.3 at n = 200k; tolerance 5 SE.
      expectFrequency(count, N, p, `Bernoulli(${p})`);
    });
  }

  it("never returns true for p = 0 and always for p = 1", () => {
    const rng = createStream(9, "edges");
    for (let i = 0; i < 10_000; i++) {
      expect(bernoulli(rng, 0)).toBe(false);
      expect(bernoulli(rng, 1)).toBe(true);
    }
    expect(bernoulli(() => 0, 0)).toBe(false);
  });

  it("is monotone in p on the same stream (common random numbers)", () => {
    const low = createStream(9, "crn");
    const high = createStream(9, "crn");
    for (let i = 0; i < 10_000; i++) {
      const a = bernoulli(low, 0.2);
      const b = bernoulli(high, 0.5);
      if (a) expect(b).toBe(true);
    }
  });

  it("rejects p outside [0, 1], naming the parameter", () => {
    const rng = createStream(1);
    expect(() => bernoulli(rng, -0.1)).toThrow(/bernoulli: p must be a number in \[0, 1\], got -0.1/);
    expect(() => bernoulli(rng, 1.5)).toThrow(/p/);
    expect(() => bernoulli(rng, Number.NaN)).toThrow(RangeError);
  });
});
