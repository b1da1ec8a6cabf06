/*
 * Elementary effects from a Morris design: for every parameter, the change of
 * the output per full range of the parameter at each step that moved it, and
 * their summaries μ* (mean absolute effect: overall influence), μ (mean signed
 * effect: direction) and σ (standard deviation: non-linearity or interaction
 * with other parameters), after Morris (1991) and Campolongo et al. (2007).
 */
import type { MorrisDesign } from "./morrisDesign";

/** Screening measures of one parameter. */
export interface MorrisMeasure {
  /** Parameter index. */
  parameter: number;
  /** Mean of |elementary effect|: the ranking measure (Campolongo et al. 2007). */
  muStar: number;
  /** Mean signed elementary effect. */
  mu: number;
  /** Sample standard deviation of the elementary effects (n − 1). */
  sigma: number;
  /** Standard error of μ*, sd(|EE|)/√r, to judge whether two μ* differ. */
  muStarSe: number;
  /** Effects that entered (steps whose outputs were finite). */
  effects: number;
}

/**
 * The Morris measures of every parameter. Elementary effects are
 * (y(after) − y(before)) / step, with the step in unit coordinates, so they
 * are in output units per full parameter range and comparable across
 * parameters. Steps with a non-finite output on either side are skipped.
 *
 * @param design - the design the outputs belong to
 * @param outputs - one output per design point, in the order of `design.points`
 * @param k - number of parameters
 * @throws RangeError if `outputs` does not have one value per point
 */
export function morrisEffects(design: MorrisDesign, outputs: readonly number[], k: number): MorrisMeasure[] {
  if (outputs.length !== design.points.length) {
    throw new RangeError(`morrisEffects: expected ${design.points.length} outputs (one per design point), got ${outputs.length}`);
  }
  const effects: number[][] = Array.from({ length: k }, () => []);
  for (const s of design.steps) {
    const a = outputs[s.from]!;
    const b = outputs[s.to]!;
    if (Number.isFinite(a) && Number.isFinite(b)) effects[s.parameter]!.push((b - a) / s.delta);
  }
  return effects.map((ee, i) => {
    const n = ee.length;
    const mu = n === 0 ? NaN : ee.reduce((s, e) => s + e, 0) / n;
    const abs = ee.map(Math.abs);
    const muStar = n === 0 ? NaN : abs.reduce((s, e) => s + e, 0) / n;
    const sigma = n < 2 ? NaN : Math.sqrt(ee.reduce((s, e) => s + (e - mu) ** 2, 0) / (n - 1));
    const sdAbs = n < 2 ? NaN : Math.sqrt(abs.reduce((s, e) => s + (e - muStar) ** 2, 0) / (n - 1));
    return { parameter: i, muStar, mu, sigma, muStarSe: sdAbs / Math.sqrt(n), effects: n };
  });
}
