import { describe, expect, it } from "vitest";
import { summarize } from "../../src/stats";

describe("summarize", () => {
  it("summarises a small sample (R type 7 quantiles)", () => {
    const s = summarize([3, 1, 2]);
    expect(s.n).toBe(3);
    expect(s.mean).toBe(2);
    expect(s.sd).toBe(1);
    expect(s.min).toBe(1);
    expect(s.max).toBe(3);
    expect(s.p50).toBe(2);
    expect(s.p90).toBeCloseTo(2.8, 14);
    expect(s.p99).toBeCloseTo(2.98, 14);
  });

  it("interpolates quantiles on 1..100", () => {
    const s = summarize(Float64Array.from({ length: 100 }, (_, i) => i + 1));
    expect(s.p50).toBeCloseTo(50.5, 12);
    expect(s.p90).toBeCloseTo(90.1, 12);
    expect(s.p99).toBeCloseTo(99.01, 12);
    expect(s.mean).toBe(50.5);
  });

  it("returns NaN for an empty sample and rejects non-finite values", () => {
    const s = summarize([]);
    expect(s.n).toBe(0);
    for (const v of [s.mean, s.sd, s.min, s.max, s.p50, s.p90, s.p99]) expect(v).toBeNaN();
    expect(summarize([4]).sd).toBeNaN();
    expect(() => summarize([1, Infinity])).toThrow(/values\[1\] must be a finite number/);
  });
});
