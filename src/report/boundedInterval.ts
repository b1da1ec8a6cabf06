/*
 * Confidence intervals kept inside what a metric can be. A share (a fraction
 * from 0 to 1) averaged over replications gets a Student t interval, which is
 * symmetric and can poke out past 0 or 1 when replications sit near a bound
 * (e.g. 0.99973 [0.99936, 1.00010]). We cut the t interval at the bounds:
 * the true mean share lies in [0, 1], so intersecting the interval with
 * [0, 1] cannot lower its coverage, and the estimate stays the plain mean.
 * (A Wilson interval would treat the replications as yes/no trials, which
 * they are not; a logit-scale interval estimates a different quantity and
 * fails at shares of exactly 0 or 1.) A difference of two shares is cut to
 * [−1, 1] for the same reason.
 */
import { isShareMetric } from "./metricInfo";

/** How share intervals are made, in one sentence for captions and notes. */
export const SHARE_INTERVAL_METHOD =
  "Intervals for shares are Student t intervals over replications cut at 0% and 100% (the true share lies there, so cutting cannot lower coverage).";

/**
 * `[lower, upper]` of metric `key`, cut to [0, 1] for shares (to [−1, 1] for
 * a difference of shares); other metrics are returned unchanged.
 */
export function boundedInterval(key: string, lower: number, upper: number, difference = false): [number, number] {
  if (!isShareMetric(key)) return [lower, upper];
  const lo = difference ? -1 : 0;
  const clip = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(lo, x)) : x);
  return [clip(lower), clip(upper)];
}
