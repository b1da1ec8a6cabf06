/*
 * The next arrival of a non-homogeneous Poisson process, by thinning (Lewis and
 * Shedler, 1979) against a piecewise-constant majorant. Candidates come from a
 * homogeneous process at the bound's rate and are kept with probability
 * rate / bound. When a candidate passes the end of the bound's segment, drawing
 * restarts at that end with the next bound; the exponential's lack of memory makes
 * this exact, so arrivals stay exact at every change of rate.
 */
import type { Rng } from "./Rng";

/** Relative slack allowed when `rate(t)` exceeds the bound's `max` (rounding). */
const MAJORANT_TOLERANCE = 1e-9;

/**
 * A bound on an intensity from a given time: `max` is at least the intensity on
 * the whole interval [t, until).
 */
export interface RateBound {
  /** Upper bound of the intensity on [t, until): a finite number ≥ 0. */
  max: number;
  /** End of the interval where `max` holds: greater than t, may be `Infinity`. */
  until: number;
}

/**
 * Returns the time of the next arrival after `t` of the Poisson process with
 * intensity `rate(t)` (events per time unit), by thinning against `bound`.
 *
 * `bound(s)` must return a `max` ≥ `rate(x)` for all x in [s, until), with
 * `until > s`. Where `max` is 0 the process jumps to `until`; if `max` is 0 and
 * `until` is `Infinity`, no arrival can come and `Infinity` is returned. A bound
 * that keeps returning `max` 0 with finite `until` for ever makes the search run
 * for ever, so end such patterns with `{ max: 0, until: Infinity }` (as
 * `piecewiseRate` does).
 *
 * Each candidate costs one uniform, and one more for the acceptance test unless
 * `rate` equals `max` there (then it is accepted without a draw). With
 * `piecewiseRate` every candidate is accepted, so a call uses one uniform per
 * segment boundary crossed plus one. The result is ≥ `t`; it equals `t` only when
 * the exponential step rounds to 0.
 *
 * @param rng - Source of uniforms in [0, 1).
 * @param t - Current time (not NaN). `Infinity` returns `Infinity`.
 * @param rate - The intensity at a time: a number in [0, bound(s).max].
 * @param bound - Piecewise-constant majorant of `rate` from a time on.
 * @throws RangeError if `t` is NaN, the bound is invalid (max not a finite
 *   number ≥ 0, until not after the time asked for), or `rate` returns a value
 *   that is negative, NaN, or above the bound's max (beyond rounding).
 */
export function nhppNext(rng: Rng, t: number, rate: (t: number) => number, bound: (t: number) => { max: number; until: number }): number {
  if (Number.isNaN(t)) throw new RangeError("nhppNext: t must be a number, got NaN");
  let s = t;
  for (;;) {
    if (s === Infinity) return Infinity;
    const b = bound(s);
    const max = b.max;
    const until = b.until;
    if (!(max >= 0 && max < Infinity)) {
      throw new RangeError(`nhppNext: bound(${s}).max must be a finite number >= 0, got ${max}`);
    }
    if (!(until > s)) {
      throw new RangeError(`nhppNext: bound(${s}).until must be greater than ${s}, got ${until}`);
    }
    if (max === 0) {
      s = until;
      continue;
    }
    const candidate = s - Math.log1p(-rng()) / max;
    if (candidate >= until) {
      s = until;
      continue;
    }
    s = candidate;
    const r = rate(s);
    if (r >= max) {
      if (r > max * (1 + MAJORANT_TOLERANCE)) {
        throw new RangeError(`nhppNext: rate(${s}) = ${r} exceeds the bound's max ${max}; bound must be a majorant of rate`);
      }
      return s;
    }
    if (!(r >= 0)) throw new RangeError(`nhppNext: rate(${s}) must be a number >= 0, got ${r}`);
    if (r > 0 && rng() * max < r) return s;
  }
}
