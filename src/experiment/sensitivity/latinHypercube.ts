/*
 * Latin hypercube sampling: n points in the unit cube [0, 1)^k such that, in
 * every dimension, each of the n equal slices holds exactly one point. It
 * covers each parameter's range evenly with far fewer runs than a grid.
 */
import type { RandomStream } from "../../random";

/**
 * An n × k Latin hypercube sample: for each dimension an independent random
 * permutation of the slices 0 … n − 1, and within its slice a uniform random
 * position. Row i is point i. Numbers come from `rng` only.
 *
 * @param n - number of points, ≥ 1
 * @param k - number of dimensions, ≥ 1
 * @param rng - random stream (e.g. `createStream(seed, "sensitivity", "design")`)
 * @throws RangeError if n or k is not a whole number ≥ 1
 */
export function latinHypercube(n: number, k: number, rng: RandomStream | (() => number)): number[][] {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`latinHypercube: n must be a whole number ≥ 1, got ${n}`);
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`latinHypercube: k must be a whole number ≥ 1, got ${k}`);
  const points = Array.from({ length: n }, () => new Array<number>(k).fill(0));
  for (let j = 0; j < k; j++) {
    const perm = shuffledRange(n, rng);
    for (let i = 0; i < n; i++) points[i]![j] = (perm[i]! + rng()) / n;
  }
  return points;
}

/** 0 … n − 1 in random order (Fisher–Yates). */
export function shuffledRange(n: number, rng: () => number): number[] {
  const a = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
  return a;
}
