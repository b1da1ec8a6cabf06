import { describe, expect, it } from "vitest";
import seedrandom from "seedrandom";
import { QuantileSketch } from "../../src/stats";

const QS = [0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999];

/** Exact order statistic of 0-based rank floor(q (n - 1)) — the sketch's target. */
function exactQuantile(sorted: Float64Array, q: number): number {
  return sorted[Math.floor(q * (sorted.length - 1))] as number;
}

function relErr(est: number, exact: number): number {
  return exact === 0 ? Math.abs(est) : Math.abs(est - exact) / Math.abs(exact);
}

// The DDSketch bound is deterministic, not statistical: every estimate is within
// relative error alpha. 1e-12 of slack covers floating rounding at bucket edges.
const SLACK = 1e-12;

describe("QuantileSketch", () => {
  it("is within relative error alpha of exact quantiles on exponential data", () => {
    const rng = seedrandom("sketch-exp");
    const n = 100_000;
    const xs = new Float64Array(n);
    for (let i = 0; i < n; i++) xs[i] = -Math.log(1 - rng()) * 30;
    // Data span ~ e^14: 700 buckets at alpha 0.01, 7000 at alpha 0.001 (budget raised
    // so that nothing collapses and the guarantee applies to every quantile).
    for (const [alpha, maxBuckets] of [
      [0.01, 2048],
      [0.001, 10_000],
    ] as const) {
      const s = new QuantileSketch(alpha, maxBuckets);
      for (const x of xs) s.add(x);
      const sorted = xs.slice().sort();
      expect(s.count).toBe(n);
      for (const q of QS) {
        expect(relErr(s.quantile(q), exactQuantile(sorted, q))).toBeLessThanOrEqual(alpha + SLACK);
      }
      expect(s.quantile(0)).toBe(sorted[0]);
      expect(s.quantile(1)).toBe(sorted[n - 1]);
      expect(s.bucketCount).toBeLessThanOrEqual(maxBuckets);
    }
  });

  it("is not trivially exact: with alpha 0.05 the errors are visible but bounded", () => {
    const rng = seedrandom("sketch-coarse");
    const xs = Float64Array.from({ length: 20_000 }, () => Math.exp(3 * rng()));
    const s = new QuantileSketch(0.05);
    for (const x of xs) s.add(x);
    const sorted = xs.slice().sort();
    let worst = 0;
    for (const q of QS) worst = Math.max(worst, relErr(s.quantile(q), exactQuantile(sorted, q)));
    expect(worst).toBeLessThanOrEqual(0.05 + SLACK);
    expect(worst).toBeGreaterThan(0.005); // it really is an approximation
  });

  it("handles negative values and zeros", () => {
    const rng = seedrandom("sketch-signed");
    const n = 50_000;
    const xs = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const u = rng();
      xs[i] = u < 0.1 ? 0 : (rng() < 0.4 ? -1 : 1) * Math.exp(8 * rng() - 4);
    }
    const s = new QuantileSketch(0.01);
    for (const x of xs) s.add(x);
    const sorted = xs.slice().sort();
    for (const q of [...QS, 0.3, 0.35, 0.4, 0.45]) {
      expect(relErr(s.quantile(q), exactQuantile(sorted, q))).toBeLessThanOrEqual(0.01 + SLACK);
    }
    expect(s.min).toBe(sorted[0]);
    expect(s.max).toBe(sorted[n - 1]);
  });

  it("keeps memory bounded: bucketCount <= maxBuckets after 1e6 adds over a huge range", () => {
    const rng = seedrandom("sketch-memory");
    const s = new QuantileSketch(0.01, 2048);
    const n = 1_000_000;
    const top: number[] = [];
    for (let i = 0; i < n; i++) {
      // log-uniform over e^-300 .. e^300: ~30,000 buckets would be needed uncollapsed
      const x = Math.exp(600 * rng() - 300);
      s.add(x);
      if (x > Math.exp(240)) top.push(x); // the top ~10 %, kept to check the upper quantiles
    }
    expect(s.count).toBe(n);
    expect(s.bucketCount).toBeLessThanOrEqual(2048);
    expect(s.bucketCount).toBeGreaterThan(2000);
    // The retained buckets cover a factor gamma^2048 ~ e^41 below the max, i.e.
    // the top ~7 % of this log-uniform range: the 0.99 quantile is still exact to alpha.
    top.sort((a, b) => a - b);
    const exact99 = top[Math.floor(0.99 * (n - 1)) - (n - top.length)] as number;
    expect(relErr(s.quantile(0.99), exact99)).toBeLessThanOrEqual(0.01 + SLACK);
  });

  it("never exceeds the bucket budget with mixed signs and a tiny budget", () => {
    const rng = seedrandom("sketch-budget");
    const s = new QuantileSketch(0.01, 16);
    for (let i = 0; i < 20_000; i++) {
      const sign = rng() < 0.5 ? -1 : 1;
      s.add(sign * Math.exp(20 * rng() - 10));
      expect(s.bucketCount).toBeLessThanOrEqual(16);
    }
    // collapsing merges low values upwards, so the maximum bucket stays exact to alpha
    expect(relErr(s.quantile(0.9999), s.max)).toBeLessThanOrEqual(0.02);
    expect(s.quantile(0.5)).toBeGreaterThanOrEqual(s.min);
    expect(s.quantile(0.5)).toBeLessThanOrEqual(s.max);
  });

  it("merging equals a single pass, with and without collapsing", () => {
    const rng = seedrandom("sketch-merge");
    const xs = Array.from({ length: 30_000 }, () => Math.exp(10 * rng()) - 5);
    for (const maxBuckets of [2048, 64]) {
      const whole = new QuantileSketch(0.01, maxBuckets);
      for (const x of xs) whole.add(x);
      const parts = [0, 1, 2].map(() => new QuantileSketch(0.01, maxBuckets));
      xs.forEach((x, i) => (parts[i % 3] as QuantileSketch).add(x));
      const merged = new QuantileSketch(0.01, maxBuckets);
      for (const p of parts) merged.merge(p);
      expect(merged.count).toBe(whole.count);
      if (maxBuckets === 2048) {
        for (const q of QS) expect(merged.quantile(q)).toBe(whole.quantile(q));
      } else {
        // positives only collapse order-independently; check the upper half
        for (const q of [0.6, 0.9, 0.99]) expect(merged.quantile(q)).toBe(whole.quantile(q));
        expect(merged.bucketCount).toBeLessThanOrEqual(64);
      }
      expect(merged.min).toBe(whole.min);
      expect(merged.max).toBe(whole.max);
    }
  });

  it("merging a sketch into itself doubles the counts", () => {
    const s = new QuantileSketch();
    for (const x of [-2, 0, 1, 5, 9]) s.add(x);
    const before = QS.map((q) => s.quantile(q));
    s.merge(s);
    expect(s.count).toBe(10);
    // ranks scale with n - 1, so compare a rank-stable quantile: the median region
    expect(s.quantile(0.5)).toBe(before[4]);
  });

  it("handles empty sketches and rejects bad arguments", () => {
    const s = new QuantileSketch();
    expect(s.quantile(0.5)).toBeNaN();
    expect(s.count).toBe(0);
    expect(s.min).toBeNaN();
    expect(s.bucketCount).toBe(0);
    expect(s.relativeAccuracy).toBe(0.01);
    expect(s.maxBuckets).toBe(2048);
    s.add(0);
    expect(s.quantile(0.5)).toBe(0);
    expect(() => s.quantile(1.5)).toThrow(RangeError);
    expect(() => s.quantile(NaN)).toThrow(RangeError);
    expect(() => s.add(NaN)).toThrow(RangeError);
    expect(() => s.merge(new QuantileSketch(0.02))).toThrow(/relative accuracies must match/);
    expect(() => new QuantileSketch(0)).toThrow(RangeError);
    expect(() => new QuantileSketch(0.01, 1)).toThrow(/maxBuckets must be an integer >= 2/);
  });
});
