import { describe, expect, it } from "vitest";
import seedrandom from "seedrandom";
import { BatchMeans, confidenceInterval } from "../../src/stats";

describe("BatchMeans", () => {
  it("forms batches and collapses adjacent pairs by hand", () => {
    const bm = new BatchMeans(1, 4);
    for (const x of [1, 2, 3, 4]) bm.add(x);
    expect(bm.batches).toBe(4);
    expect(Array.from(bm.batchMeans())).toEqual([1, 2, 3, 4]);
    bm.add(5); // the cap is reached: pairs merge before 5 starts a new batch
    expect(bm.batches).toBe(2);
    expect(bm.batchSize).toBe(2);
    expect(Array.from(bm.batchMeans())).toEqual([1.5, 3.5]);
    bm.add(6);
    expect(Array.from(bm.batchMeans())).toEqual([1.5, 3.5, 5.5]);
    bm.add(7); // partial batch, left out of the interval
    expect(bm.count).toBe(7);
    expect(bm.ci()).toEqual(confidenceInterval([1.5, 3.5, 5.5]));
  });

  it("collapsed batches equal batches formed at the larger size from the start", () => {
    const rng = seedrandom("bm-equiv");
    const small = new BatchMeans(10); // default cap 64
    const big = new BatchMeans(320, 1000);
    for (let i = 0; i < 20_000; i++) {
      const x = rng() * 10;
      small.add(x);
      big.add(x);
    }
    // 20000 / 10 = 2000 batches -> 5 collapses -> size 320, 62 complete batches
    expect(small.batchSize).toBe(320);
    expect(small.batches).toBe(62);
    expect(big.batches).toBe(62);
    const a = small.batchMeans();
    const b = big.batchMeans();
    for (let i = 0; i < 62; i++) expect(a[i]).toBeCloseTo(b[i] as number, 12);
  });

  it("gives a CI containing the true mean of an AR(1) series, with the right width", () => {
    const rng = seedrandom("bm-ar1");
    const normal = (): number => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
    const mu = 5;
    const phi = 0.9;
    const n = 200_000;
    const bm = new BatchMeans(100);
    let x = mu; // started at the mean, so no warm-up is needed
    for (let i = 0; i < n; i++) {
      x = mu + phi * (x - mu) + normal();
      bm.add(x);
    }
    // 200000 / 100 = 2000 batches -> 5 collapses -> size 3200, 62 complete batches
    expect(bm.batchSize).toBe(3200);
    expect(bm.batches).toBe(62);
    expect(bm.batches).toBeLessThanOrEqual(64);
    const ci = bm.ci();
    expect(ci.n).toBe(62);
    expect(ci.lower).toBeLessThanOrEqual(mu);
    expect(ci.upper).toBeGreaterThanOrEqual(mu);
    // Theory: Var(mean) = sigma^2 / (1 - phi)^2 / n' with n' = 62 * 3200 = 198400
    // observations in complete batches -> SE = 10 / sqrt(198400) = 0.02245.
    const se = 10 / Math.sqrt(62 * 3200);
    expect(Math.abs(ci.mean - mu)).toBeLessThan(4 * se); // 4 SE
    // halfWidth = t(0.975, 61) * SE-estimate; the SE estimate from 62 batches has
    // relative sd ~ 1/sqrt(2*61) = 9 %, so +-30 % is ~3.3 sd.
    const expectedHalf = 1.9996 * se;
    expect(ci.halfWidth).toBeGreaterThan(0.7 * expectedHalf);
    expect(ci.halfWidth).toBeLessThan(1.3 * expectedHalf);
    // The naive iid interval would be ~4.4x too narrow (sqrt((1+phi)/(1-phi))).
    expect(ci.halfWidth).toBeGreaterThan((2 * 1.96 * (1 / Math.sqrt(1 - phi * phi))) / Math.sqrt(n));
  });

  it("reports NaN bounds before two batches and rejects bad arguments", () => {
    const bm = new BatchMeans(5);
    for (let i = 0; i < 9; i++) bm.add(i);
    expect(bm.batches).toBe(1);
    expect(bm.ci().halfWidth).toBeNaN();
    expect(() => bm.add(NaN)).toThrow(RangeError);
    expect(() => bm.ci(1)).toThrow(RangeError);
    expect(() => new BatchMeans(0)).toThrow(/batchSize must be a positive integer, got 0/);
    expect(() => new BatchMeans(2.5)).toThrow(RangeError);
    expect(() => new BatchMeans(10, 7)).toThrow(/maxBatches must be an even integer >= 4, got 7/);
  });
});
