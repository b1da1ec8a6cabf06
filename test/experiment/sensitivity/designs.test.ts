/*
 * The sensitivity designs against functions whose answers are known in closed
 * form: Ishigami's analytic Sobol indices, and the Sobol' g-function, whose
 * inputs matter in the order of their coefficients (a_i = 0 most, 99 almost
 * not). All randomness comes from fixed named streams, so each check is
 * deterministic; the tolerances are set from the estimators' spread.
 */
import { describe, expect, it } from "vitest";
import { createStream } from "../../../src/random";
import { latinHypercube } from "../../../src/experiment/sensitivity/latinHypercube";
import { morrisDesign } from "../../../src/experiment/sensitivity/morrisDesign";
import { morrisEffects } from "../../../src/experiment/sensitivity/morrisEffects";
import { parameterValue } from "../../../src/experiment/sensitivity/parameterValue";
import { rankCorrelation } from "../../../src/experiment/sensitivity/rankCorrelation";
import { saltelliDesign } from "../../../src/experiment/sensitivity/saltelliDesign";
import { sobolIndices } from "../../../src/experiment/sensitivity/sobolIndices";

/** Ishigami (1990): f = sin x1 + a sin² x2 + b x3⁴ sin x1 on [−π, π]³. */
function ishigami(u: number[], a = 7, b = 0.1): number {
  const x = u.map((v) => -Math.PI + 2 * Math.PI * v);
  return Math.sin(x[0]!) + a * Math.sin(x[1]!) ** 2 + b * x[2]! ** 4 * Math.sin(x[0]!);
}

/** Analytic indices of Ishigami (Sobol' & Levitan 1999): V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2. */
function ishigamiIndices(a = 7, b = 0.1): { first: number[]; total: number[] } {
  const pi4 = Math.PI ** 4;
  const V = (a * a) / 8 + (b * pi4) / 5 + (b * b * pi4 * pi4) / 18 + 0.5;
  const V1 = 0.5 * (1 + (b * pi4) / 5) ** 2;
  const V2 = (a * a) / 8;
  const V13 = (8 * b * b * pi4 * pi4) / 225;
  return { first: [V1 / V, V2 / V, 0], total: [(V1 + V13) / V, V2 / V, V13 / V] };
}

/** Sobol' g-function: Π (|4x − 2| + a_i)/(1 + a_i); first-order variance of x_i is (1/3)/(1 + a_i)². */
const G_A = [0, 1, 4.5, 9, 99, 99, 99, 99];
function gFunction(u: number[]): number {
  return u.reduce((p, x, i) => p * ((Math.abs(4 * x - 2) + G_A[i]!) / (1 + G_A[i]!)), 1);
}

describe("Ishigami: Sobol indices (Saltelli sampling, Jansen total)", () => {
  const truth = ishigamiIndices();
  it("the analytic values are the published ones", () => {
    // S1 ≈ 0.314, 0.442, 0; ST ≈ 0.558, 0.442, 0.244 (a = 7, b = 0.1)
    expect(truth.first.map((x) => +x.toFixed(3))).toEqual([0.314, 0.442, 0]);
    expect(truth.total.map((x) => +x.toFixed(3))).toEqual([0.558, 0.442, 0.244]);
  });
  // n = 4096 base samples (20 480 runs). Over 20 seeds the estimates’ sd was
  // ≤ 0.018 for every index (largest for S1 and S3, whose estimator carries the
  // variance of f); 0.06 is more than 3 sd, and the 95% bootstrap interval must
  // also cover the analytic value (it did in 97% of 120 seed × index cases, so
  // this seed is checked, not cherry-picked: it is the first one tried).
  const n = 4096;
  const points = saltelliDesign(n, 3, createStream(1, "ishigami", "design"));
  const a = sobolIndices(
    points.map((u) => ishigami(u)),
    n,
    3,
    createStream(1, "ishigami", "bootstrap"),
    { bootstrap: 300 },
  );
  it.each([0, 1, 2])("x%i: S1 and ST within 0.06 of the analytic value, inside the bootstrap interval", (i) => {
    const s = a.indices[i]!;
    expect(Math.abs(s.first - truth.first[i]!)).toBeLessThan(0.06);
    expect(Math.abs(s.total - truth.total[i]!)).toBeLessThan(0.06);
    expect(s.firstLower).toBeLessThanOrEqual(truth.first[i]!);
    expect(s.firstUpper).toBeGreaterThanOrEqual(truth.first[i]!);
    expect(s.totalLower).toBeLessThanOrEqual(truth.total[i]!);
    expect(s.totalUpper).toBeGreaterThanOrEqual(truth.total[i]!);
  });
  it("x3 acts only through its interaction with x1: S3 ≈ 0 but ST3 clearly > 0", () => {
    const s3 = a.indices[2]!;
    expect(s3.totalLower).toBeGreaterThan(0.15);
    expect(s3.firstLower).toBeLessThan(0);
  });
  it("the indices are a pure function of the seed", () => {
    const again = sobolIndices(
      points.map((u) => ishigami(u)),
      n,
      3,
      createStream(1, "ishigami", "bootstrap"),
      { bootstrap: 300 },
    );
    expect(again).toEqual(a);
  });
});

describe("Sobol' g-function: Sobol indices", () => {
  // Analytic first-order indices (no interactions beyond the product's; S_i
  // follow V_i = (1/3)/(1 + a_i)², V = Π(1 + V_i) − 1).
  const Vi = G_A.map((a) => 1 / 3 / (1 + a) ** 2);
  const V = Vi.reduce((p, v) => p * (1 + v), 1) - 1;
  const S = Vi.map((v) => v / V);
  const n = 2048;
  const points = saltelliDesign(n, 8, createStream(2, "g", "design"));
  const res = sobolIndices(points.map(gFunction), n, 8, createStream(2, "g", "bootstrap"), { bootstrap: 200 });
  it("first-order indices within 0.05 of the analytic ones", () => {
    // sd of these estimates at n = 2048 is about 0.015 for x1, x2 and below for the rest; 0.05 ≈ 3 sd
    res.indices.forEach((s, i) => expect(Math.abs(s.first - S[i]!)).toBeLessThan(0.05));
  });
  it("the four unimportant inputs (a = 99) have total index below 0.01", () => {
    for (const s of res.indices.slice(4)) expect(s.total).toBeLessThan(0.01);
  });
});

describe("Morris screening finds the influential inputs of the g-function", () => {
  // 40 trajectories, 4 levels: 360 runs. The g-function's influence order is
  // fixed by a: x1 (a=0) > x2 (a=1) > x3 (4.5) > x4 (9) > x5..x8 (99).
  const d = morrisDesign(40, 8, createStream(3, "morris", "design"), 4);
  const m = morrisEffects(d, d.points.map(gFunction), 8);
  it("has r(k+1) points and r·k steps of ±Δ = 2/3 with one coordinate changed", () => {
    expect(d.points).toHaveLength(40 * 9);
    expect(d.steps).toHaveLength(40 * 8);
    for (const s of d.steps) {
      expect(Math.abs(s.delta)).toBeCloseTo(2 / 3, 12);
      const changed = d.points[s.to]!.map((x, i) => (x !== d.points[s.from]![i] ? i : -1)).filter((i) => i >= 0);
      expect(changed).toEqual([s.parameter]);
      for (const x of d.points[s.to]!) expect(x >= 0 && x <= 1).toBe(true);
    }
  });
  it("ranks x1 > x2 > x3 > x4 by μ*, with the a = 99 inputs below 5% of x1", () => {
    const mu = m.map((e) => e.muStar);
    expect(mu[0]!).toBeGreaterThan(mu[1]!);
    expect(mu[1]!).toBeGreaterThan(mu[2]!);
    expect(mu[2]!).toBeGreaterThan(mu[3]!);
    // an a = 99 input moves the product by at most 2/100 of its value: μ* ≈ 1% of x1's
    for (const x of mu.slice(4)) expect(x).toBeLessThan(0.05 * mu[0]!);
  });
  it("μ* of x1 is separated from x2 by more than 3 standard errors", () => {
    expect(m[0]!.muStar - m[1]!.muStar).toBeGreaterThan(3 * Math.hypot(m[0]!.muStarSe, m[1]!.muStarSe));
  });
  it("a linear function gives σ = 0 and μ = μ* = its slope per full range", () => {
    const lin = morrisEffects(
      d,
      d.points.map((u) => 3 * u[0]! - 2 * u[5]!),
      8,
    );
    expect(lin[0]!.mu).toBeCloseTo(3, 10);
    expect(lin[0]!.muStar).toBeCloseTo(3, 10);
    expect(lin[0]!.sigma).toBeCloseTo(0, 10);
    expect(lin[5]!.mu).toBeCloseTo(-2, 10);
    expect(lin[1]!.muStar).toBe(0);
  });
});

describe("Latin hypercube and parameter ranges", () => {
  it("puts exactly one point in each of the n slices of every dimension", () => {
    const pts = latinHypercube(50, 4, createStream(4, "lhs"));
    for (let j = 0; j < 4; j++) {
      const slices = pts.map((p) => Math.floor(p[j]! * 50)).sort((a, b) => a - b);
      expect(slices).toEqual(Array.from({ length: 50 }, (_, i) => i));
    }
  });
  it("maps unit coordinates to uniform, log-uniform and discrete values", () => {
    expect(parameterValue({ path: "x", kind: "uniform", lo: 2, hi: 4 }, 0.25)).toBe(2.5);
    expect(parameterValue({ path: "x", kind: "logUniform", lo: 1, hi: 100 }, 0.5)).toBeCloseTo(10, 12);
    expect(parameterValue({ path: "x", kind: "logUniform", lo: 1, hi: 100 }, 1)).toBe(100);
    const d = { path: "x", kind: "discrete" as const, values: [10, 20, 30] };
    expect([0, 0.33, 0.34, 0.66, 0.67, 1].map((u) => parameterValue(d, u))).toEqual([10, 10, 20, 20, 30, 30]);
  });
  it("rank correlation: +1 for a monotone relation, −1 reversed, ties averaged", () => {
    expect(rankCorrelation([1, 2, 3, 4], [1, 8, 27, 64])).toBeCloseTo(1, 12);
    expect(rankCorrelation([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 12);
    expect(rankCorrelation([1, 2, 3, 4], [1, 1, 2, 2])).toBeCloseTo(0.894, 3);
  });
});
