/*
 * Piecewise-constant arrival intensities, optionally repeating with a period
 * (e.g. a weekly pattern of office hours). It gives both the intensity and the
 * exact bound nhppNext needs; with it, thinning accepts every candidate.
 * Neighbouring pieces with the same rate are merged into one bound, and the
 * segment lookup is made consistent with the bound's end times under rounding.
 */

/** A piecewise-constant intensity: `rates[i]` holds on [times[i], times[i + 1]). */
export interface PiecewiseRate {
  /** Breakpoints, strictly ascending and finite, starting at 0. */
  readonly times: readonly number[];
  /** Intensity (events per time unit) from each breakpoint on: finite numbers ≥ 0. */
  readonly rates: readonly number[];
  /**
   * Period after which the pattern repeats: a finite number greater than the
   * last breakpoint, or `Infinity` (the default) for no repeat, in which case the
   * last rate holds forever.
   */
  readonly period?: number;
}

/**
 * The intensity function and its bound, ready for `nhppNext`. Both are plain
 * functions (they do not use `this`), so they may be passed on their own.
 */
export interface PiecewiseIntensity {
  /** The intensity at time t (a finite number ≥ 0). */
  readonly rate: (t: number) => number;
  /**
   * The intensity at time t (`max`) and the time it next changes (`until`;
   * `Infinity` if never). A fresh object per call.
   */
  readonly bound: (t: number) => { max: number; until: number };
}

/**
 * Builds the intensity function and exact bound for a piecewise-constant rate.
 * The returned functions do not use `this` and may be passed on their own, e.g.
 * `nhppNext(rng, t, intensity.rate, intensity.bound)`. The spec's arrays are copied.
 *
 * @param spec - Breakpoints, rates and optional period (default: no repeat).
 * @throws RangeError if `times` is empty, does not start at 0, is not strictly
 *   ascending and finite; if `rates` differs in length or has a value that is not a
 *   finite number ≥ 0; or if `period` is not greater than the last breakpoint.
 *   The returned functions throw RangeError for a time that is not a finite number ≥ 0.
 */
export function piecewiseRate(spec: PiecewiseRate): PiecewiseIntensity {
  const n = spec.times.length;
  if (n === 0) throw new RangeError("piecewiseRate: times must not be empty");
  if (spec.rates.length !== n) {
    throw new RangeError(`piecewiseRate: rates must have one entry per breakpoint (${n}), got ${spec.rates.length}`);
  }
  const times = Float64Array.from(spec.times);
  const rates = Float64Array.from(spec.rates);
  if (times[0] !== 0) throw new RangeError(`piecewiseRate: times[0] must be 0, got ${spec.times[0]}`);
  for (let i = 1; i < n; i++) {
    const ti = times[i] as number;
    if (!(ti > (times[i - 1] as number) && ti < Infinity)) {
      throw new RangeError(`piecewiseRate: times must be finite and strictly ascending, but times[${i}] is ${ti}`);
    }
  }
  for (let i = 0; i < n; i++) {
    const r = rates[i] as number;
    if (!(r >= 0 && r < Infinity)) {
      throw new RangeError(`piecewiseRate: rates[${i}] must be a finite number >= 0, got ${r}`);
    }
  }
  const period = spec.period ?? Infinity;
  const last = times[n - 1] as number;
  if (!(period > last)) {
    throw new RangeError(`piecewiseRate: period must be greater than the last breakpoint (${last}), got ${period}`);
  }
  const repeats = period !== Infinity;

  // A run of equal rates starting at segment j ends at segment runEnd[j] of
  // cycle (current + runCycles[j]); runEnd[j] === n means it never ends.
  let constant = true;
  for (let j = 1; j < n; j++) if (rates[j] !== rates[0]) constant = false;
  const runEnd = new Int32Array(n);
  const runCycles = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    let end = n;
    let cycles = 0;
    const steps = repeats ? n : n - j;
    for (let m = 1; m < steps; m++) {
      const idx = repeats ? (j + m) % n : j + m;
      if (rates[idx] !== rates[j]) {
        end = idx;
        cycles = repeats ? Math.floor((j + m) / n) : 0;
        break;
      }
    }
    runEnd[j] = end;
    runCycles[j] = cycles;
  }

  // Start of segment j in cycle k; j === n is the start of the next cycle. Every
  // boundary is computed by this one expression, so lookups and bounds agree.
  const edge = (k: number, j: number): number => {
    if (!repeats) return j < n ? (times[j] as number) : Infinity;
    if (j === n) return (k + 1) * period;
    return j === 0 ? k * period : k * period + (times[j] as number);
  };

  // Output of locate: cycle and segment containing the time asked for.
  let cycle = 0;
  let segment = 0;
  const locate = (t: number, caller: string): void => {
    if (!(t >= 0 && t < Infinity)) {
      throw new RangeError(`piecewiseRate: ${caller}(t) needs t to be a finite number >= 0, got ${t}`);
    }
    let k = repeats ? Math.floor(t / period) : 0;
    const offset = repeats ? t - k * period : t;
    // Largest j with times[j] <= offset.
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((times[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    let j = lo;
    // Correct rounding at boundaries against the exact edge expressions.
    for (let guard = 0; guard < n + 2; guard++) {
      if (t < edge(k, j)) {
        if (j > 0) j--;
        else if (k > 0) {
          k--;
          j = n - 1;
        } else break;
      } else if (t >= edge(k, j + 1)) {
        if (j < n - 1) j++;
        else if (repeats) {
          k++;
          j = 0;
        } else break;
      } else break;
    }
    cycle = k;
    segment = j;
  };

  const rate = (t: number): number => {
    locate(t, "rate");
    return rates[segment] as number;
  };

  const bound = (t: number): { max: number; until: number } => {
    if (constant) {
      if (!(t >= 0 && t < Infinity)) {
        throw new RangeError(`piecewiseRate: bound(t) needs t to be a finite number >= 0, got ${t}`);
      }
      return { max: rates[0] as number, until: Infinity };
    }
    locate(t, "bound");
    return {
      max: rates[segment] as number,
      until: edge(cycle + (runCycles[segment] as number), runEnd[segment] as number),
    };
  };

  return { rate, bound };
}
