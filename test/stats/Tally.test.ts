import { describe, expect, it } from "vitest";
import seedrandom from "seedrandom";
import { Tally } from "../../src/stats";

/** Two-pass mean and sample variance, the textbook reference. */
function twoPass(xs: readonly number[]): { mean: number; variance: number } {
  let s = 0;
  for (const x of xs) s += x;
  const mean = s / xs.length;
  let ss = 0;
  for (const x of xs) ss += (x - mean) * (x - mean);
  return { mean, variance: ss / (xs.length - 1) };
}

function relErr(a: number, b: number): number {
  return Math.abs(a - b) / Math.abs(b);
}

describe("Tally", () => {
  it("matches a two-pass computation on random data", () => {
    const rng = seedrandom("tally-two-pass");
    const xs = Array.from({ length: 10_000 }, () => 50 + 20 * rng() - Math.log(1 - rng()) * 7);
    const t = new Tally();
    for (const x of xs) t.add(x);
    const ref = twoPass(xs);
    expect(t.count).toBe(10_000);
    // Both are exact up to rounding; 1e-12 relative is ~1e4 ulps of slack.
    expect(relErr(t.mean, ref.mean)).toBeLessThan(1e-12);
    expect(relErr(t.variance, ref.variance)).toBeLessThan(1e-12);
    expect(relErr(t.sd, Math.sqrt(ref.variance))).toBeLessThan(1e-12);
    expect(t.min).toBe(Math.min(...xs));
    expect(t.max).toBe(Math.max(...xs));
    expect(
      relErr(
        t.sum,
        xs.reduce((a, b) => a + b, 0),
      ),
    ).toBeLessThan(1e-12);
  });

  it("gives the textbook values on a small hand example", () => {
    const t = new Tally();
    for (const x of [2, 4, 4, 4, 5, 5, 7, 9]) t.add(x);
    expect(t.mean).toBe(5);
    expect(t.variance).toBeCloseTo(32 / 7, 14);
    expect(t.sum).toBe(40);
    expect(t.min).toBe(2);
    expect(t.max).toBe(9);
  });

  it("merging parts equals a single pass (Chan et al.)", () => {
    const rng = seedrandom("tally-merge");
    const xs = Array.from({ length: 3001 }, () => 1000 * rng() ** 3 - 100);
    const whole = new Tally();
    for (const x of xs) whole.add(x);
    const parts = [new Tally(), new Tally(), new Tally(), new Tally()];
    // uneven split, one part left empty
    xs.forEach((x, i) => (parts[i < 7 ? 0 : i < 2000 ? 1 : 3] as Tally).add(x));
    const merged = new Tally();
    for (const p of parts) merged.merge(p);
    expect(merged.count).toBe(whole.count);
    expect(relErr(merged.mean, whole.mean)).toBeLessThan(1e-12);
    expect(relErr(merged.variance, whole.variance)).toBeLessThan(1e-12);
    expect(relErr(merged.sum, whole.sum)).toBeLessThan(1e-12);
    expect(merged.min).toBe(whole.min);
    expect(merged.max).toBe(whole.max);
    // the source tallies are unchanged
    expect((parts[0] as Tally).count).toBe(7);
  });

  it("merging a tally into itself doubles it", () => {
    const t = new Tally();
    for (const x of [1, 2, 3]) t.add(x);
    t.merge(t);
    const ref = new Tally();
    for (const x of [1, 2, 3, 1, 2, 3]) ref.add(x);
    expect(t.count).toBe(6);
    expect(t.mean).toBeCloseTo(ref.mean, 14);
    expect(t.variance).toBeCloseTo(ref.variance, 14);
  });

  it("stays accurate with a large offset (1e9 + small noise)", () => {
    const rng = seedrandom("tally-offset");
    const xs = Array.from({ length: 100_000 }, () => 1e9 + rng());
    const t = new Tally();
    let naiveS = 0;
    let naiveSS = 0;
    for (const x of xs) {
      t.add(x);
      naiveS += x;
      naiveSS += x * x;
    }
    // Reference: two-pass on x - 1e9, which is exact in floating point here.
    const ref = twoPass(xs.map((x) => x - 1e9));
    const n = xs.length;
    const naiveVar = (naiveSS - (naiveS * naiveS) / n) / (n - 1);
    // The naive formula loses everything (true variance ~ 1/12); this shows the
    // test data really is hard.
    expect(relErr(naiveVar, ref.variance)).toBeGreaterThan(0.5);
    // Welford keeps ~1e-9 relative (eps * offset / sd ~ 1e-16 * 1e9 / 0.29); allow 1e-6.
    expect(relErr(t.variance, ref.variance)).toBeLessThan(1e-6);
    expect(relErr(t.mean - 1e9, ref.mean)).toBeLessThan(1e-6);
  });

  it("reports NaN statistics when empty or too small, and resets", () => {
    const t = new Tally();
    expect(t.count).toBe(0);
    expect(t.mean).toBeNaN();
    expect(t.variance).toBeNaN();
    expect(t.sd).toBeNaN();
    expect(t.min).toBeNaN();
    expect(t.max).toBeNaN();
    expect(t.sum).toBe(0);
    t.add(4);
    expect(t.mean).toBe(4);
    expect(t.variance).toBeNaN();
    expect(t.min).toBe(4);
    expect(t.max).toBe(4);
    t.add(6);
    expect(t.variance).toBe(2);
    t.reset();
    expect(t.count).toBe(0);
    expect(t.mean).toBeNaN();
    expect(t.sum).toBe(0);
    t.add(-1);
    expect(t.min).toBe(-1);
    expect(t.max).toBe(-1);
  });

  it("rejects non-finite observations", () => {
    const t = new Tally();
    expect(() => t.add(NaN)).toThrow(RangeError);
    expect(() => t.add(Infinity)).toThrow(/x must be a finite number/);
    expect(t.count).toBe(0);
  });
});
