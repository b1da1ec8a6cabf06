/*
 * Tests for nhppNext and piecewiseRate: counts of arrivals against the
 * integrated intensity for a repeating day/night pattern, a one-off pattern and
 * smooth sinusoidal rates (constant and piecewise bounds); hand-checked traces of
 * thinning; exact bounds at breakpoints under rounding; and validation.
 */
import { describe, expect, it } from "vitest";
import { createStream, nhppNext, piecewiseRate } from "../../src/random";
import type { Rng } from "../../src/random";
import { Z, draws, expectMoments, expectPoissonCount, sampleMoments } from "./helpers";

/** All arrival times in [0, horizon). */
function arrivals(rng: Rng, horizon: number, rate: (t: number) => number, bound: (t: number) => { max: number; until: number }): number[] {
  const out: number[] = [];
  let t = nhppNext(rng, 0, rate, bound);
  while (t < horizon) {
    out.push(t);
    t = nhppNext(rng, t, rate, bound);
  }
  return out;
}

/** A stub rng replaying fixed values and counting calls. */
function replay(values: number[]): Rng & { calls: number } {
  const f = (() => {
    const v = values[f.calls];
    f.calls++;
    if (v === undefined) throw new Error("stub rng exhausted");
    return v;
  }) as Rng & { calls: number };
  f.calls = 0;
  return f;
}

/** The largest double below x (x > 0). */
function nextDown(x: number): number {
  const buf = new Float64Array([x]);
  const bits = new BigInt64Array(buf.buffer);
  bits[0] = (bits[0] as bigint) - 1n;
  return buf[0] as number;
}

describe("nhppNext with piecewiseRate", () => {
  it("matches expected counts per bin for a repeating day/night pattern, and none at night", () => {
    // Period 1 day: rate 0 on [0, 0.3), 10 on [0.3, 0.7), 4 on [0.7, 1).
    const intensity = piecewiseRate({ times: [0, 0.3, 0.7], rates: [0, 10, 4], period: 1 });
    const days = 5000;
    const ts = arrivals(createStream(20, "daynight"), days, intensity.rate, intensity.bound);
    const binWidth = 0.05;
    const bins = new Float64Array(20);
    const perDay = new Float64Array(days);
    let atZeroRate = 0;
    let atNight = 0;
    for (const t of ts) {
      if (intensity.rate(t) === 0) atZeroRate++; // exact: no arrival where the rate is 0
      const day = Math.floor(t);
      const offset = t - day;
      if (offset < 0.3 - 1e-9) atNight++;
      perDay[day]! += 1;
      bins[Math.min(19, Math.floor(offset / binWidth))]! += 1;
    }
    expect(atZeroRate).toBe(0);
    expect(atNight).toBe(0);
    // Expected per bin = rate · 0.05 · 5000: 2500 by day, 1000 in the evening, SE = sqrt(expected),
    // tolerance 5 SE. Bins right after each change of rate test exactness at breakpoints.
    for (let b = 6; b < 20; b++) {
      const rate = b < 14 ? 10 : 4;
      expectPoissonCount(bins[b] as number, rate * binWidth * days, `bin ${b}`);
    }
    // Total per day is Poisson(5.2): mean and variance 5.2, μ4 = m(1 + 3m).
    // SE(mean) = sqrt(5.2/5000) = 0.032; SE(var) = sqrt((m + 2m²)/5000) = 0.11; tolerance 5 SE.
    expectMoments(perDay, { mean: 5.2, variance: 5.2, mu4: 5.2 * (1 + 3 * 5.2) }, "arrivals per day");
  });

  it("matches expected counts for a one-off pattern and keeps the last rate for ever", () => {
    const intensity = piecewiseRate({ times: [0, 100, 200], rates: [5, 0, 2] });
    const ts = arrivals(createStream(20, "oneoff"), 1000, intensity.rate, intensity.bound);
    const first = ts.filter((t) => t < 100).length;
    const middle = ts.filter((t) => t >= 100 && t < 200).length;
    const last = ts.filter((t) => t >= 200).length;
    // Expected 500 and 1600; SE sqrt(500) = 22 and sqrt(1600) = 40; tolerance 5 SE.
    expectPoissonCount(first, 500, "[0, 100)");
    expect(middle).toBe(0);
    expectPoissonCount(last, 1600, "[200, 1000)");
  });

  it("gives exponential gaps for a constant rate", () => {
    const intensity = piecewiseRate({ times: [0], rates: [3] });
    expect(intensity.bound(17)).toEqual({ max: 3, until: Infinity });
    const rng = createStream(20, "constant");
    let t = 0;
    const gaps = draws(200_000, () => {
      const next = nhppNext(rng, t, intensity.rate, intensity.bound);
      const gap = next - t;
      t = next;
      return gap;
    });
    // Exp(3): mean 1/3, variance 1/9, μ4 = 9/81. SE(mean) = 7.5e-4, SE(var) = 5.0e-4 at n = 200k; 5 SE.
    expectMoments(gaps, { mean: 1 / 3, variance: 1 / 9, mu4: 9 / 81 }, "gaps");
  });

  it("returns Infinity when no arrival can come", () => {
    const rng = createStream(20, "none");
    const off = piecewiseRate({ times: [0, 5], rates: [0, 0], period: 7 });
    expect(off.bound(3)).toEqual({ max: 0, until: Infinity });
    expect(nhppNext(rng, 0, off.rate, off.bound)).toBe(Infinity);
    const ends = piecewiseRate({ times: [0, 1], rates: [50, 0] });
    let t = 0;
    let count = 0;
    while ((t = nhppNext(rng, t, ends.rate, ends.bound)) < Infinity) count++;
    // Poisson(50): SE sqrt(50) = 7.1; tolerance 5 SE.
    expectPoissonCount(count, 50, "arrivals before the rate drops to 0 for ever");
    expect(nhppNext(rng, Infinity, ends.rate, ends.bound)).toBe(Infinity);
  });

  it("merges equal neighbouring rates into one bound, across the period", () => {
    const intensity = piecewiseRate({ times: [0, 1, 2, 3], rates: [0, 5, 5, 0], period: 4 });
    expect(intensity.bound(0.5)).toEqual({ max: 0, until: 1 });
    expect(intensity.bound(1.5)).toEqual({ max: 5, until: 3 });
    expect(intensity.bound(2)).toEqual({ max: 5, until: 3 });
    expect(intensity.bound(3.5)).toEqual({ max: 0, until: 5 });
    expect(intensity.bound(8)).toEqual({ max: 0, until: 9 });
    expect(intensity.rate(4.5)).toBe(0);
    expect(intensity.rate(5)).toBe(5);
    expect(intensity.rate(6.999)).toBe(5);
    expect(intensity.rate(7)).toBe(0);
  });

  it("keeps rate and bound consistent at breakpoints despite rounding", () => {
    // A period and breakpoints that are not exact binary fractions; walk from edge to edge.
    const intensity = piecewiseRate({ times: [0, 0.03, 0.07], rates: [1, 2, 3], period: 0.1 });
    let s = 0;
    const problems: string[] = [];
    for (let i = 0; i < 300_000 && problems.length < 5; i++) {
      const { max, until } = intensity.bound(s);
      if (!(until > s)) problems.push(`until ${until} not after ${s}`);
      if (intensity.rate(s) !== max) problems.push(`rate(${s}) = ${intensity.rate(s)} but bound max ${max}`);
      const below = nextDown(until);
      if (below >= s && intensity.rate(below) !== max) problems.push(`rate just below ${until} is not ${max}`);
      if (intensity.rate(until) === max) problems.push(`rate at ${until} did not change from ${max}`);
      s = until;
    }
    expect(problems).toEqual([]);
    expect(s).toBeCloseTo(10_000, 6);
  });

  it("rejects invalid specs and times, naming the problem", () => {
    expect(() => piecewiseRate({ times: [], rates: [] })).toThrow(/piecewiseRate: times must not be empty/);
    expect(() => piecewiseRate({ times: [0, 1], rates: [1] })).toThrow(/rates must have one entry per breakpoint \(2\), got 1/);
    expect(() => piecewiseRate({ times: [1], rates: [1] })).toThrow(/times\[0\] must be 0, got 1/);
    expect(() => piecewiseRate({ times: [0, 2, 2], rates: [1, 1, 1] })).toThrow(/times\[2\] is 2/);
    expect(() => piecewiseRate({ times: [0, Infinity], rates: [1, 1] })).toThrow(/times\[1\]/);
    expect(() => piecewiseRate({ times: [0, 1], rates: [1, -1] })).toThrow(/rates\[1\] must be a finite number >= 0, got -1/);
    expect(() => piecewiseRate({ times: [0, 1], rates: [Number.NaN, 1] })).toThrow(/rates\[0\]/);
    expect(() => piecewiseRate({ times: [0, 1], rates: [1, 1], period: 1 })).toThrow(/period must be greater than the last breakpoint \(1\), got 1/);
    const intensity = piecewiseRate({ times: [0, 1], rates: [1, 2], period: 2 });
    expect(() => intensity.rate(-1)).toThrow(/rate\(t\) needs t to be a finite number >= 0, got -1/);
    expect(() => intensity.bound(Number.NaN)).toThrow(/bound\(t\)/);
    expect(() => piecewiseRate({ times: [0], rates: [1] }).bound(-2)).toThrow(/bound\(t\).*-2/);
  });
});

describe("nhppNext with smooth rates", () => {
  const rate = (t: number): number => 5 + 4 * Math.sin(2 * Math.PI * t);
  // ∫ over [a, b) of 5 + 4 sin(2πt) dt
  const integral = (a: number, b: number): number => 5 * (b - a) - (4 / (2 * Math.PI)) * (Math.cos(2 * Math.PI * b) - Math.cos(2 * Math.PI * a));

  function checkBins(ts: number[], days: number): void {
    const bins = new Float64Array(10);
    for (const t of ts) bins[Math.min(9, Math.floor((t - Math.floor(t)) * 10))]! += 1;
    // Expected per bin = days · ∫ over the bin (about 270 to 1730 per bin for 2000 days);
    // SE = sqrt(expected), tolerance 5 SE.
    for (let b = 0; b < 10; b++) expectPoissonCount(bins[b] as number, days * integral(b / 10, (b + 1) / 10), `bin ${b}`);
  }

  it("matches integrated intensity per bin with a constant bound", () => {
    const days = 2000;
    const ts = arrivals(createStream(21, "sine"), days, rate, () => ({ max: 9, until: Infinity }));
    checkBins(ts, days);
  });

  it("matches integrated intensity per bin with a piecewise bound (restarts at each until)", () => {
    const days = 2000;
    // On [k, k + 0.5) the rate is ≤ 9; on [k + 0.5, k + 1) it is ≤ 5.
    const bound = (t: number): { max: number; until: number } => {
      const k = Math.floor(t);
      return t - k < 0.5 ? { max: 9, until: k + 0.5 } : { max: 5, until: k + 1 };
    };
    const rng = createStream(21, "sine-piecewise");
    let calls = 0;
    const counting = (): number => {
      calls++;
      return rng();
    };
    const ts = arrivals(counting, days, rate, bound);
    checkBins(ts, days);
    // Uniforms used: 2 per candidate inside a segment (step + acceptance) plus 1 per segment for the
    // step that overshoots its until (2 segments a day). Candidates ~ Poisson(days·(4.5 + 2.5) = 14000),
    // so calls ≈ 32000 with SD 2·sqrt(14000) = 237; tolerance 5 SD. A constant bound 9 would need ~36000.
    const segments = 2 * days;
    expect(Math.abs(calls - (2 * days * 7 + segments))).toBeLessThan(Z * 2 * Math.sqrt(days * 7));
  });

  it("gives Poisson-distributed counts over a window (variance equals mean)", () => {
    // Count arrivals on [0, 1) over 20k independent streams: Poisson(5).
    const root = createStream(21, "windows");
    const counts = new Float64Array(20_000);
    for (let r = 0; r < counts.length; r++) {
      const rng = root.derive(r);
      let t = 0;
      let c = 0;
      while ((t = nhppNext(rng, t, rate, () => ({ max: 9, until: Infinity }))) < 1) c++;
      counts[r] = c;
    }
    // Poisson(5): SE(mean) = sqrt(5/20000) = 0.016, SE(var) = sqrt((5 + 50)/20000) = 0.052; 5 SE.
    expectMoments(counts, { mean: 5, variance: 5, mu4: 5 * 16 }, "counts on [0, 1)");
    expect(sampleMoments(counts).variance).toBeGreaterThan(5 - Z * 0.053);
  });
});

describe("nhppNext traces and validation", () => {
  it("jumps over zero-rate segments and accepts without a draw where rate equals the bound", () => {
    // rate 0 on [0, 1), 2 from 1 on. One uniform u = 1 − e^{-1} gives an exponential step of 1/2.
    const intensity = piecewiseRate({ times: [0, 1], rates: [0, 2] });
    const rng = replay([1 - Math.exp(-1)]);
    expect(nhppNext(rng, 0, intensity.rate, intensity.bound)).toBeCloseTo(1.5, 14);
    expect(rng.calls).toBe(1);
  });

  it("restarts from until when a candidate passes it", () => {
    // Bound max 1 until 2, then max 4 for ever; rate equals the bound. First step 3 (> until 2)
    // is discarded; from 2 a step 1/4 arrives at 2.25.
    const bound = (t: number): { max: number; until: number } => (t < 2 ? { max: 1, until: 2 } : { max: 4, until: Infinity });
    const rate = (t: number): number => (t < 2 ? 1 : 4);
    const rng = replay([1 - Math.exp(-3), 1 - Math.exp(-1)]);
    expect(nhppNext(rng, 0, rate, bound)).toBeCloseTo(2.25, 14);
    expect(rng.calls).toBe(2);
  });

  it("thins with probability rate / max", () => {
    // rate 1 under bound 2: candidate at 0.5 is rejected by u = 0.7 (0.7·2 ≥ 1), the next at
    // 0.5 + 0.25 accepted by u = 0.2.
    const rng = replay([1 - Math.exp(-1), 0.7, 1 - Math.exp(-0.5), 0.2]);
    expect(
      nhppNext(
        rng,
        0,
        () => 1,
        () => ({ max: 2, until: Infinity }),
      ),
    ).toBeCloseTo(0.75, 14);
    expect(rng.calls).toBe(4);
  });

  it("rejects invalid times, bounds and rates, naming the problem", () => {
    const rng = createStream(22, "invalid");
    const ok = (): { max: number; until: number } => ({ max: 1, until: Infinity });
    expect(() => nhppNext(rng, Number.NaN, () => 1, ok)).toThrow(/nhppNext: t must be a number, got NaN/);
    expect(() =>
      nhppNext(
        rng,
        0,
        () => 1,
        () => ({ max: -1, until: 1 }),
      ),
    ).toThrow(/bound\(0\)\.max must be a finite number >= 0, got -1/);
    expect(() =>
      nhppNext(
        rng,
        0,
        () => 1,
        () => ({ max: Infinity, until: 1 }),
      ),
    ).toThrow(/max/);
    expect(() =>
      nhppNext(
        rng,
        3,
        () => 1,
        () => ({ max: 1, until: 3 }),
      ),
    ).toThrow(/bound\(3\)\.until must be greater than 3, got 3/);
    expect(() => nhppNext(rng, 0, () => 2, ok)).toThrow(/exceeds the bound's max 1/);
    expect(() => nhppNext(rng, 0, () => -1, ok)).toThrow(/rate\(.*\) must be a number >= 0, got -1/);
    expect(() => nhppNext(rng, 0, () => Number.NaN, ok)).toThrow(/got NaN/);
  });
});
