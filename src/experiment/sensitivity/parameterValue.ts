/*
 * Maps a coordinate of the unit interval to a parameter's value: the designs
 * (Latin hypercube, Morris trajectories, Saltelli matrices) are built in
 * [0, 1]^k and each coordinate becomes a scenario setting through its range.
 */
import type { ParameterRange } from "./ParameterRange";

/**
 * The value of `range` at unit coordinate `u` ∈ [0, 1]: `lo + u (hi − lo)` for
 * a uniform range, `lo · (hi/lo)^u` for a log-uniform one, and for a discrete
 * list of m values the value number ⌊u·m⌋ (u = 1 gives the last), so each
 * value covers an equal share of the interval.
 *
 * @throws RangeError if `u` is not in [0, 1]
 */
export function parameterValue(range: ParameterRange, u: number): unknown {
  if (!(u >= 0 && u <= 1)) throw new RangeError(`parameterValue: unit coordinate must be in [0, 1], got ${u}`);
  switch (range.kind) {
    case "uniform":
      return u === 1 ? range.hi : range.lo + u * (range.hi - range.lo);
    case "logUniform":
      return u === 1 ? range.hi : range.lo * Math.exp(u * Math.log(range.hi / range.lo));
    case "discrete": {
      const m = range.values.length;
      return structuredClone(range.values[Math.min(m - 1, Math.floor(u * m))]);
    }
  }
}
