import { describe, expect, it } from "vitest";
import { normalQuantile, studentTQuantile } from "../../src/stats";

describe("studentTQuantile", () => {
  it("matches printed t-table values to 1e-4", () => {
    const table: [number, number][] = [
      [1, 12.7062],
      [4, 2.7764],
      [9, 2.2622],
      [29, 2.0452],
      [1000, 1.9623],
    ];
    for (const [df, t] of table) expect(Math.abs(studentTQuantile(0.975, df) - t)).toBeLessThan(1e-4);
    // normal limit
    expect(Math.abs(studentTQuantile(0.975, Infinity) - 1.95996)).toBeLessThan(1e-5);
    expect(Math.abs(studentTQuantile(0.975, 1e7) - 1.95996)).toBeLessThan(1e-5);
  });

  it("matches high-precision reference values to 1e-10 relative", () => {
    // Reference values from scipy.stats.t.ppf / mpmath (50 digits).
    const ref: [number, number, number][] = [
      [0.975, 1, 12.706204736174694],
      [0.975, 2, 4.302652729749462],
      [0.975, 3, 3.1824463052837078],
      [0.975, 4, 2.7764451051977934],
      [0.975, 9, 2.262157162798205],
      [0.975, 29, 2.045229642132703],
      [0.975, 1000, 1.9623390808264083],
      [0.995, 1, 63.656741162871526],
      [0.995, 4, 4.604094871349992],
      [0.995, 29, 2.756385903670605],
      [0.995, 1000, 2.580754698065951],
      [0.4999932336601381, 4, -1.804357296631125e-5],
    ];
    for (const [p, df, t] of ref) {
      expect(Math.abs(studentTQuantile(p, df) - t) / Math.abs(t)).toBeLessThan(1e-10);
    }
  });

  it("is antisymmetric, zero at the median and infinite at 0 and 1", () => {
    for (const df of [0.5, 1, 2, 3.7, 10, 250, 1e6]) {
      // 2^-40 and 0.25 have exact complements 1 - p in floating point
      for (const p of [2 ** -40, 0.01, 0.25, 0.45]) {
        const lo = studentTQuantile(p, df);
        const hi = studentTQuantile(1 - p, df);
        expect(lo).toBeLessThan(0);
        expect(Math.abs(lo + hi) / hi).toBeLessThan(1e-12);
      }
      expect(studentTQuantile(0.5, df)).toBe(0);
      expect(studentTQuantile(0, df)).toBe(-Infinity);
      expect(studentTQuantile(1, df)).toBe(Infinity);
    }
  });

  it("has the Cauchy and df = 2 closed forms", () => {
    for (const p of [0.6, 0.9, 0.999]) {
      expect(studentTQuantile(p, 1)).toBeCloseTo(Math.tan(Math.PI * (p - 0.5)), 10);
      expect(studentTQuantile(p, 2)).toBeCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 10);
    }
  });

  it("decreases towards the normal quantile as df grows", () => {
    let prev = Infinity;
    for (const df of [1, 1.5, 2, 3, 5, 10, 30, 100, 1e3, 1e4, 1e5, 1e6]) {
      const t = studentTQuantile(0.99, df);
      expect(t).toBeLessThan(prev);
      expect(t).toBeGreaterThan(normalQuantile(0.99));
      prev = t;
    }
  });

  it("rejects bad arguments", () => {
    expect(() => studentTQuantile(1.1, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(NaN, 5)).toThrow(/p must be a probability in \[0, 1\], got NaN/);
    expect(() => studentTQuantile(0.9, 0)).toThrow(/df must be a positive number/);
    expect(() => studentTQuantile(0.9, NaN)).toThrow(RangeError);
  });
});

describe("normalQuantile", () => {
  it("matches reference values to 1e-14 relative", () => {
    const ref: [number, number][] = [
      [0.975, 1.959963984540054],
      [0.3, -0.5244005127080409],
      [1e-10, -6.361340902404056],
      [1e-300, -37.0470962993612],
    ];
    for (const [p, z] of ref) expect(Math.abs(normalQuantile(p) - z) / Math.abs(z)).toBeLessThan(1e-14);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
  });

  it("rejects probabilities outside [0, 1]", () => {
    expect(() => normalQuantile(-0.1)).toThrow(RangeError);
    expect(() => normalQuantile(NaN)).toThrow(/p must be a probability/);
  });
});
