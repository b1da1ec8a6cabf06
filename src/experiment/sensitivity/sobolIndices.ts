/*
 * Sobol variance-based sensitivity indices from a Saltelli design. The
 * first-order index S_i is the share of the output's variance explained by
 * parameter i alone; the total index ST_i adds every interaction it takes part
 * in, so 1 − Σ S_i measures interaction and ST_i ≈ 0 means the parameter can be
 * fixed anywhere in its range. Estimators: Saltelli et al. (2010) for S_i and
 * Jansen (1999) for ST_i, with percentile bootstrap confidence intervals over
 * the base rows.
 */

/** Sobol indices of one parameter with their bootstrap intervals. */
export interface SobolIndex {
  /** Parameter index. */
  parameter: number;
  /** First-order index S_i. */
  first: number;
  /** Bounds of the bootstrap interval of S_i (NaN without bootstrap). */
  firstLower: number;
  firstUpper: number;
  /** Total index ST_i. */
  total: number;
  /** Bounds of the bootstrap interval of ST_i (NaN without bootstrap). */
  totalLower: number;
  totalUpper: number;
}

/** Options of {@link sobolIndices}. */
export interface SobolOptions {
  /** Bootstrap resamples for the intervals; 0 for none (bounds NaN). @defaultValue 500 */
  bootstrap?: number;
  /** Confidence level of the intervals. @defaultValue 0.95 */
  level?: number;
}

/** The indices and what went into them. */
export interface SobolAnalysis {
  /** One entry per parameter. */
  indices: SobolIndex[];
  /** Variance of the output over A and B. */
  variance: number;
  /** Base rows used (rows with a non-finite output anywhere are left out). */
  rows: number;
}

/**
 * Sobol indices from the outputs of a {@link saltelliDesign}: rows A, B, then
 * A_B^(1) … A_B^(k), n each.
 *
 * S_i = mean((f_B − f̄) · (f_AB(i) − f_A)) / V and ST_i = mean((f_A − f_AB(i))²) / (2V),
 * with f̄ and V the mean and variance of f_A and f_B together. Centring f_B on
 * f̄ leaves the estimator unbiased (f_AB(i) − f_A has mean 0) but removes the
 * noise an output far from zero would add, which matters with few samples. The bootstrap resamples base rows
 * with replacement (the same rows for every parameter) and takes percentiles;
 * its numbers come from `rng` only.
 *
 * @param outputs - n (k + 2) outputs in design order
 * @param n - base sample size
 * @param k - parameters
 * @param rng - random stream for the bootstrap
 * @throws RangeError if the outputs do not match the design, or fewer than 2 rows are finite
 */
export function sobolIndices(outputs: readonly number[], n: number, k: number, rng: () => number, options: SobolOptions = {}): SobolAnalysis {
  if (outputs.length !== n * (k + 2)) {
    throw new RangeError(`sobolIndices: expected n (k + 2) = ${n * (k + 2)} outputs, got ${outputs.length}`);
  }
  const B = options.bootstrap ?? 500;
  const level = options.level ?? 0.95;
  const keep: number[] = [];
  for (let j = 0; j < n; j++) {
    let ok = Number.isFinite(outputs[j]!) && Number.isFinite(outputs[n + j]!);
    for (let i = 0; i < k && ok; i++) ok = Number.isFinite(outputs[(2 + i) * n + j]!);
    if (ok) keep.push(j);
  }
  if (keep.length < 2) throw new RangeError(`sobolIndices: only ${keep.length} of ${n} base rows have finite outputs; at least 2 are needed`);
  const fA = keep.map((j) => outputs[j]!);
  const fB = keep.map((j) => outputs[n + j]!);
  const fAB = Array.from({ length: k }, (_, i) => keep.map((j) => outputs[(2 + i) * n + j]!));
  const m = keep.length;
  const all = Array.from({ length: m }, (_, j) => j);
  const point = estimate(fA, fB, fAB, all);
  const bootFirst: number[][] = Array.from({ length: k }, () => []);
  const bootTotal: number[][] = Array.from({ length: k }, () => []);
  for (let b = 0; b < B; b++) {
    const rows = Array.from({ length: m }, () => Math.min(m - 1, Math.floor(rng() * m)));
    const e = estimate(fA, fB, fAB, rows);
    for (let i = 0; i < k; i++) {
      bootFirst[i]!.push(e.first[i]!);
      bootTotal[i]!.push(e.total[i]!);
    }
  }
  const alpha = (1 - level) / 2;
  const indices = Array.from({ length: k }, (_, i) => {
    const [fl, fu] = percentiles(bootFirst[i]!, alpha);
    const [tl, tu] = percentiles(bootTotal[i]!, alpha);
    return { parameter: i, first: point.first[i]!, firstLower: fl, firstUpper: fu, total: point.total[i]!, totalLower: tl, totalUpper: tu };
  });
  return { indices, variance: point.variance, rows: m };
}

function estimate(fA: number[], fB: number[], fAB: number[][], rows: number[]): { first: number[]; total: number[]; variance: number } {
  const m = rows.length;
  let sum = 0;
  for (const j of rows) sum += fA[j]! + fB[j]!;
  const mean = sum / (2 * m);
  let ss = 0;
  for (const j of rows) ss += (fA[j]! - mean) ** 2 + (fB[j]! - mean) ** 2;
  const variance = ss / (2 * m - 1);
  const first: number[] = [];
  const total: number[] = [];
  for (const col of fAB) {
    let s1 = 0;
    let st = 0;
    for (const j of rows) {
      s1 += (fB[j]! - mean) * (col[j]! - fA[j]!);
      st += (fA[j]! - col[j]!) ** 2;
    }
    first.push(variance > 0 ? s1 / m / variance : NaN);
    total.push(variance > 0 ? st / (2 * m) / variance : NaN);
  }
  return { first, total, variance };
}

function percentiles(xs: number[], alpha: number): [number, number] {
  const v = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length === 0) return [NaN, NaN];
  const at = (q: number): number => {
    const h = (v.length - 1) * q;
    const lo = Math.floor(h);
    const hi = Math.ceil(h);
    return v[lo]! + (h - lo) * (v[hi]! - v[lo]!);
  };
  return [at(alpha), at(1 - alpha)];
}
