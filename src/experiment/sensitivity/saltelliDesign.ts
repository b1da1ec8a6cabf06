/*
 * The sampling scheme of Saltelli (2002, 2010) for Sobol indices: two
 * independent base samples A and B of n points each and, for every parameter
 * i, the matrix A_B^(i) — A with column i taken from B. That is n (k + 2) runs
 * for first-order and total indices of all k parameters. A and B are Latin
 * hypercube samples here, which spreads each parameter evenly.
 */
import { latinHypercube } from "./latinHypercube";

/**
 * The Saltelli design of `n` base rows over `k` parameters, as one list of
 * n (k + 2) points: rows 0 … n−1 are A, rows n … 2n−1 are B, and rows
 * (2 + i) n … (3 + i) n − 1 are A_B^(i).
 *
 * @param n - base sample size, ≥ 2
 * @param k - parameters, ≥ 1
 * @param rng - random stream
 * @throws RangeError if n or k is out of range
 */
export function saltelliDesign(n: number, k: number, rng: () => number): number[][] {
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`saltelliDesign: base samples must be a whole number ≥ 2, got ${n}`);
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`saltelliDesign: parameters must be a whole number ≥ 1, got ${k}`);
  const a = latinHypercube(n, k, rng);
  const b = latinHypercube(n, k, rng);
  const points: number[][] = [...a.map((r) => [...r]), ...b.map((r) => [...r])];
  for (let i = 0; i < k; i++) {
    for (let row = 0; row < n; row++) {
      const x = [...a[row]!];
      x[i] = b[row]![i]!;
      points.push(x);
    }
  }
  return points;
}
