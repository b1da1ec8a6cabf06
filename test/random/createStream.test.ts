/*
 * Tests for seeded named streams: reproducibility, independence of the name
 * path from draw counts, distinctness of paths, uniformity and validation.
 */
import { describe, expect, it } from "vitest";
import { createStream } from "../../src/random";
import type { RandomStream } from "../../src/random";
import { KS_CRITICAL, N, Z, draws, expectMoments, ksScaled } from "./helpers";

function take(stream: () => number, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(stream());
  return out;
}

function correlation(xs: ArrayLike<number>, ys: ArrayLike<number>): number {
  const n = xs.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i] as number;
    my += ys[i] as number;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

describe("createStream", () => {
  it("pins the seed format: caseflow:<root>/<path> seeds Alea", () => {
    // Regression pin: changing the seed format would silently change every
    // published result. Values from seedrandom.alea("caseflow:42/rep/3/arrivals").
    const s = createStream(42, "rep", 3, "arrivals");
    expect(take(s, 3)).toEqual([0.9523808367084712, 0.9252566238865256, 0.9854548275470734]);
    expect(createStream(42)()).toBe(0.18175837281160057);
  });

  it("gives the same sequence for the same root seed and path", () => {
    expect(take(createStream(7, "a", "b"), 1000)).toEqual(take(createStream(7, "a", "b"), 1000));
    expect(take(createStream("run-x", "a"), 1000)).toEqual(take(createStream("run-x", "a"), 1000));
  });

  it("reaches the same stream by createStream names, derive with several names, and chained derive", () => {
    const direct = createStream(42, "rep", 3, "arrivals");
    const viaDerive = createStream(42).derive("rep", 3, "arrivals");
    const chained = createStream(42).derive("rep").derive(3).derive("arrivals");
    const mixed = createStream(42, "rep").derive("3", "arrivals");
    expect(direct.path).toBe("rep/3/arrivals");
    expect(viaDerive.path).toBe("rep/3/arrivals");
    expect(chained.path).toBe("rep/3/arrivals");
    const expected = take(direct, 200);
    expect(take(viaDerive, 200)).toEqual(expected);
    expect(take(chained, 200)).toEqual(expected);
    expect(take(mixed, 200)).toEqual(expected);
  });

  it("derives children independently of how much the parent has drawn", () => {
    const fresh = createStream(42, "rep", 1);
    const childBefore = take(fresh.derive("effort"), 100);
    const used = createStream(42, "rep", 1);
    take(used, 12_345);
    const childAfter = take(used.derive("effort"), 100);
    expect(childAfter).toEqual(childBefore);
    // and drawing from a child does not move its parent
    const parentA = createStream(42, "p");
    const parentB = createStream(42, "p");
    take(parentB.derive("c"), 500);
    expect(take(parentB, 50)).toEqual(take(parentA, 50));
  });

  it("gives different sequences for different paths and different roots", () => {
    const base = take(createStream(42, "rep", 1, "arrivals"), 20);
    for (const other of [
      createStream(42, "rep", 2, "arrivals"),
      createStream(42, "rep", 1, "effort"),
      createStream(42, "rep", 1),
      createStream(42, "rep", 1, "arrivals", "x"),
      createStream(43, "rep", 1, "arrivals"),
      createStream("42b", "rep", 1, "arrivals"),
    ]) {
      const seq = take(other, 20);
      // Equal values at the same position would be a 2^-32 coincidence.
      const same = seq.filter((x, i) => x === base[i]).length;
      expect(same, other.path).toBe(0);
    }
  });

  it("treats numbers and their string form as the same name (documented)", () => {
    expect(take(createStream(42, 3), 10)).toEqual(take(createStream("42", "3"), 10));
  });

  it("derive() without names restarts this stream's own sequence", () => {
    const s = createStream(5, "x");
    const first = take(s, 10);
    const again = s.derive();
    expect(again.path).toBe("x");
    expect(take(again, 10)).toEqual(first);
  });

  it("exposes a read-only path", () => {
    const s: RandomStream = createStream(1, "a");
    expect(() => {
      (s as unknown as { path: string }).path = "b";
    }).toThrow(TypeError);
    expect(s.path).toBe("a");
    expect(createStream(1).path).toBe("");
  });

  it("returns uniforms in [0, 1) with mean 1/2 and variance 1/12", () => {
    const xs = draws(N, createStream(2024, "uniformity"));
    let min = Infinity;
    let max = -Infinity;
    for (const x of xs) {
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    // n = 200k: SE of mean = sqrt(1/12/n) = 6.5e-4; SE of variance = sqrt((1/80 - 1/144)/n) = 1.7e-4; 5 SE each.
    expectMoments(xs, { mean: 0.5, variance: 1 / 12, mu4: 1 / 80 }, "stream");
    // KS at level 0.001.
    expect(ksScaled(xs, (x) => Math.min(1, Math.max(0, x)))).toBeLessThan(KS_CRITICAL);
  });

  it("has no detectable correlation within a stream, between siblings, or between parent and child", () => {
    const n = N;
    // |r| has SE 1/sqrt(n) = 0.0022 under independence; tolerance 5 SE = 0.011.
    const bound = Z / Math.sqrt(n);
    const s = createStream(99, "corr");
    const xs = draws(n + 1, s);
    expect(Math.abs(correlation(xs.subarray(0, n), xs.subarray(1)))).toBeLessThan(bound);
    const a = draws(n, createStream(99, "corr", "a"));
    const b = draws(n, createStream(99, "corr", "b"));
    expect(Math.abs(correlation(a, b))).toBeLessThan(bound);
    const parent = draws(n, createStream(99, "corr", "a"));
    const child = draws(n, createStream(99, "corr", "a", "child"));
    expect(Math.abs(correlation(parent, child))).toBeLessThan(bound);
  });

  it("gives uniform, uncorrelated first values across many sibling streams (seeding quality)", () => {
    // Replication streams differ only in one name; their first draws must look
    // like independent uniforms. n = 100k streams.
    const n = 100_000;
    const root = createStream(42, "rep");
    const first = new Float64Array(n);
    for (let i = 0; i < n; i++) first[i] = root.derive(i, "arrivals")();
    expect(ksScaled(first, (x) => x)).toBeLessThan(KS_CRITICAL);
    // Neighbouring replications: |r| SE 1/sqrt(n) = 0.0032; tolerance 5 SE.
    expect(Math.abs(correlation(first.subarray(0, n - 1), first.subarray(1)))).toBeLessThan(Z / Math.sqrt(n));
  });

  it("rejects invalid root seeds and names, naming the parameter", () => {
    expect(() => createStream(Number.NaN)).toThrow(/rootSeed/);
    expect(() => createStream(Number.NaN)).toThrow(RangeError);
    expect(() => createStream(Infinity)).toThrow(/rootSeed.*Infinity/);
    expect(() => createStream("")).toThrow(/rootSeed/);
    expect(() => createStream("a/b")).toThrow(/rootSeed/);
    expect(() => createStream({} as unknown as number)).toThrow(TypeError);
    expect(() => createStream(1, "ok", "")).toThrow(/names\[1\]/);
    expect(() => createStream(1, "a/b")).toThrow(/names\[0\].*"a\/b"/);
    expect(() => createStream(1, Number.NaN)).toThrow(/names\[0\].*NaN/);
    expect(() => createStream(1).derive("x", Infinity)).toThrow(/derive: names\[1\]/);
    expect(() => createStream(1).derive(null as unknown as string)).toThrow(TypeError);
  });
});
