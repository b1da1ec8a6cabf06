import { describe, expect, it } from "vitest";
import { pairedDifference } from "../../src/stats";

describe("pairedDifference", () => {
  it("computes the interval of mean(b - a) on hand-computed data (significant)", () => {
    // d = b - a = [-1, -2, -1, -2]: mean -1.5, sd sqrt(1/3)
    const r = pairedDifference([10, 12, 11, 13], [9, 10, 10, 11]);
    expect(r.n).toBe(4);
    expect(r.mean).toBe(-1.5);
    expect(r.sd).toBeCloseTo(Math.sqrt(1 / 3), 14);
    // t(0.975, 3) = 3.1824463052837078; halfWidth = t * sd / 2
    const h = (3.1824463052837078 * Math.sqrt(1 / 3)) / 2;
    expect(r.halfWidth).toBeCloseTo(h, 10);
    expect(r.upper).toBeCloseTo(-1.5 + h, 10);
    expect(r.upper).toBeLessThan(0);
    expect(r.significant).toBe(true);
  });

  it("flags an interval containing 0 as not significant", () => {
    // d = [-1, -2, 1]: mean -2/3, sd sqrt(7/3); t(0.975, 2) = 4.302652729749462
    const r = pairedDifference([10, 12, 11], [9, 10, 12]);
    expect(r.mean).toBeCloseTo(-2 / 3, 14);
    expect(r.sd).toBeCloseTo(Math.sqrt(7 / 3), 14);
    expect(r.halfWidth).toBeCloseTo((4.302652729749462 * Math.sqrt(7 / 3)) / Math.sqrt(3), 10);
    expect(r.lower).toBeLessThan(0);
    expect(r.upper).toBeGreaterThan(0);
    expect(r.significant).toBe(false);
  });

  it("a positive difference is significant too, and n < 2 never is", () => {
    expect(pairedDifference([1, 2, 3], [2.1, 3, 4.05]).significant).toBe(true);
    expect(pairedDifference([1], [5]).significant).toBe(false);
  });

  it("pairing beats comparing independent means when the noise is shared", () => {
    // Large shared replication noise, small constant effect 0.5 (plus tiny jitter).
    const a = [100, 140, 90, 160, 120, 80];
    const b = a.map((x, i) => x + 0.5 + (i % 2 === 0 ? 0.01 : -0.01));
    const r = pairedDifference(a, b);
    expect(r.mean).toBeCloseTo(0.5, 12);
    expect(r.significant).toBe(true);
    expect(r.halfWidth).toBeLessThan(0.02);
  });

  it("rejects unequal lengths and bad values", () => {
    expect(() => pairedDifference([1, 2], [1, 2, 3])).toThrow(/same length .* got 2 and 3/);
    expect(() => pairedDifference([1, NaN], [1, 2])).toThrow(/a\[1\] must be a finite number/);
    expect(() => pairedDifference([1, 2], [1, 2], 1.5)).toThrow(RangeError);
  });
});
