/*
 * Tests for discrete and discreteSampler: frequencies against the weights,
 * never choosing zero weights, identical results for the same uniforms,
 * hand-checked boundaries and validation.
 */
import { describe, expect, it } from "vitest";
import { createStream, discrete, discreteSampler } from "../../src/random";
import { N, expectFrequency } from "./helpers";

const VALUES = ["a", "b", "c", "d", "e"] as const;
const WEIGHTS = [1, 0, 3, 6, 0.5];
const TOTAL = 10.5;

describe("discrete", () => {
  it("chooses each value with probability weight / total and never a zero weight", () => {
    const rng = createStream(11, "discrete");
    const counts = new Map<string, number>();
    for (let i = 0; i < N; i++) {
      const v = discrete(rng, VALUES, WEIGHTS);
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    expect(counts.get("b")).toBeUndefined();
    // Binomial SE at most sqrt(0.25/n) = 0.0011 for n = 200k; tolerance 5 SE per value.
    VALUES.forEach((v, i) => expectFrequency(counts.get(v) ?? 0, N, (WEIGHTS[i] as number) / TOTAL, `P(${v})`));
  });

  it("inverts one uniform at hand-checked boundaries", () => {
    // cumulative weights 1, 1, 4, 10, 10.5 over total 10.5
    expect(discrete(() => 0, VALUES, WEIGHTS)).toBe("a");
    expect(discrete(() => 0.999 / TOTAL, VALUES, WEIGHTS)).toBe("a");
    expect(discrete(() => 1 / TOTAL, VALUES, WEIGHTS)).toBe("c");
    expect(discrete(() => 9.99 / TOTAL, VALUES, WEIGHTS)).toBe("d");
    expect(discrete(() => 10 / TOTAL, VALUES, WEIGHTS)).toBe("e");
    expect(discrete(() => 1, ["x", "y", "z"], [1, 1, 0])).toBe("y"); // out-of-contract rng: last positive weight
  });

  it("rejects invalid arguments, naming them", () => {
    const rng = createStream(1);
    expect(() => discrete(rng, [], [])).toThrow(/discrete: values must not be empty/);
    expect(() => discrete(rng, [1, 2], [1])).toThrow(/discrete: weights must have one entry per value \(2\), got 1/);
    expect(() => discrete(rng, [1, 2], [1, -1])).toThrow(/weights\[1\] must be a finite number >= 0, got -1/);
    expect(() => discrete(rng, [1, 2], [Number.NaN, 1])).toThrow(/weights\[0\]/);
    expect(() => discrete(rng, [1, 2], [Infinity, 1])).toThrow(/weights\[0\]/);
    expect(() => discrete(rng, [1, 2], [0, 0])).toThrow(/weights must have a finite sum > 0, got 0/);
    expect(() => discrete(rng, [1, 2], [1e308, 1e308])).toThrow(/finite sum/);
  });
});

describe("discreteSampler", () => {
  it("gives exactly what discrete gives for the same stream", () => {
    const sample = discreteSampler(VALUES, WEIGHTS);
    const a = createStream(11, "same");
    const b = createStream(11, "same");
    for (let i = 0; i < N; i++) {
      const x = sample(a);
      const y = discrete(b, VALUES, WEIGHTS);
      if (x !== y) expect(x, `draw ${i}`).toBe(y);
    }
  });

  it("chooses each value with probability weight / total, over many values", () => {
    const n = 1000;
    const values = Array.from({ length: n }, (_, i) => i);
    const weights = values.map((i) => (i % 7 === 0 ? 0 : 1 + (i % 13)));
    const total = weights.reduce((s, w) => s + w, 0);
    const sample = discreteSampler(values, weights);
    const rng = createStream(11, "many");
    const counts = new Float64Array(n);
    for (let i = 0; i < 2_000_000; i++) counts[sample(rng)]! += 1;
    // Per value SE = sqrt(p(1−p)/n) with n = 2M; tolerance 5 SE; zero weights never drawn.
    for (let i = 0; i < n; i++) {
      if (weights[i] === 0) expect(counts[i]).toBe(0);
      else expectFrequency(counts[i] as number, 2_000_000, (weights[i] as number) / total, `value ${i}`);
    }
  });

  it("copies its inputs and handles a single value", () => {
    const values = ["x", "y"];
    const weights = [0, 1];
    const sample = discreteSampler(values, weights);
    values[1] = "changed";
    weights[0] = 100;
    const rng = createStream(11, "copy");
    for (let i = 0; i < 100; i++) expect(sample(rng)).toBe("y");
    expect(discreteSampler([42], [3])(rng)).toBe(42);
    expect(discreteSampler(["x", "y", "z"], [1, 1, 0])(() => 1)).toBe("y");
  });

  it("rejects invalid arguments, naming them", () => {
    expect(() => discreteSampler([], [])).toThrow(/discreteSampler: values must not be empty/);
    expect(() => discreteSampler([1], [1, 2])).toThrow(/discreteSampler: weights must have one entry per value/);
    expect(() => discreteSampler([1, 2], [1, -2])).toThrow(/weights\[1\].*got -2/);
    expect(() => discreteSampler([1, 2], [0, 0])).toThrow(/sum > 0/);
  });
});
