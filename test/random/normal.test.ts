/*
 * Tests for standardNormal and normal: moments and CDF against theory, exactly
 * two draws per sample, no hidden state between streams, validation.
 */
import { describe, expect, it } from "vitest";
import { createStream, normal, standardNormal } from "../../src/random";
import { KS_CRITICAL, N, draws, expectMoments, ksScaled, normalCdf } from "./helpers";

describe("standardNormal", () => {
  it("matches N(0, 1) in mean, variance and CDF", () => {
    const rng = createStream(3, "std");
    const xs = draws(N, () => standardNormal(rng));
    // n = 200k: SE(mean) = 0.0022, SE(var) = sqrt(2/n) = 0.0032; tolerance 5 SE.
    expectMoments(xs, { mean: 0, variance: 1, mu4: 3 }, "N(0,1)");
    expect(ksScaled(xs, normalCdf)).toBeLessThan(KS_CRITICAL);
  });
});

describe("normal", () => {
  it("matches N(10, 3²) in mean, variance and CDF", () => {
    const rng = createStream(3, "normal");
    const xs = draws(N, () => normal(rng, 10, 3));
    // n = 200k: SE(mean) = 3/sqrt(n) = 0.0067, SE(var) = sqrt(2·81/n) = 0.028; tolerance 5 SE.
    expectMoments(xs, { mean: 10, variance: 9, mu4: 3 * 81 }, "N(10,9)");
    expect(ksScaled(xs, (x) => normalCdf((x - 10) / 3))).toBeLessThan(KS_CRITICAL);
  });

  it("consumes exactly two uniforms per draw, also with sd 0", () => {
    let calls = 0;
    const rng = createStream(3, "count");
    const counting = (): number => {
      calls++;
      return rng();
    };
    for (let i = 0; i < 100; i++) normal(counting, 0, 1);
    expect(calls).toBe(200);
    expect(normal(counting, 4.5, 0)).toBe(4.5);
    expect(calls).toBe(202);
  });

  it("keeps no state between calls: interleaving two streams changes nothing", () => {
    const alone = (name: string): number[] => {
      const r = createStream(3, name);
      return Array.from({ length: 101 }, () => normal(r, 0, 1));
    };
    const expectedA = alone("a");
    const expectedB = alone("b");
    const ra = createStream(3, "a");
    const rb = createStream(3, "b");
    const gotA: number[] = [];
    const gotB: number[] = [];
    for (let i = 0; i < 101; i++) {
      gotA.push(normal(ra, 0, 1));
      gotB.push(normal(rb, 0, 1));
    }
    expect(gotA).toEqual(expectedA);
    expect(gotB).toEqual(expectedB);
  });

  it("rejects invalid parameters, naming them", () => {
    const rng = createStream(1);
    expect(() => normal(rng, Number.NaN, 1)).toThrow(/normal: mean.*NaN/);
    expect(() => normal(rng, Infinity, 1)).toThrow(/mean/);
    expect(() => normal(rng, 0, -1)).toThrow(/normal: sd must be a finite number >= 0, got -1/);
    expect(() => normal(rng, 0, Infinity)).toThrow(/sd/);
    expect(() => normal(rng, 0, Number.NaN)).toThrow(RangeError);
  });
});
