/*
 * Confidence intervals for stacked bars. A stacked bar shows, per scenario,
 * the mean of each part; where a segment ends is the mean of the running sum
 * of the parts up to it. Its interval is computed from the replications' own
 * running sums (Student t over replications), which is what the eye reads at
 * the segment's edge; intervals of the parts alone could not be stacked.
 */
import { confidenceInterval } from "../stats";

/** Mean and 95% interval of the running sum at the end of each part, in `parts` order. */
export interface StackedEnd {
  /** Part name. */
  part: string;
  /** Mean of the part. */
  mean: number;
  /** Mean of the running sum up to and including the part. */
  end: number;
  /** Lower bound of the running sum's 95% interval (null with fewer than two replications). */
  lower: number | null;
  /** Upper bound (null with fewer than two replications). */
  upper: number | null;
}

/**
 * The stacked means and segment-end intervals of `parts`, each replication
 * giving a value per part through `value` (replications where any part is not
 * finite are left out). `bounds` cuts the intervals (e.g. [0, 1] for shares).
 */
export function stackedIntervals<R>(
  records: readonly R[],
  parts: readonly string[],
  value: (record: R, part: string) => number | undefined,
  bounds: [number, number] = [-Infinity, Infinity],
): StackedEnd[] {
  const rows = records.map((r) => parts.map((p) => value(r, p) ?? NaN)).filter((xs) => xs.every(Number.isFinite));
  if (rows.length === 0) return [];
  const running = rows.map(() => 0);
  return parts.map((part, k) => {
    const own = rows.map((xs) => xs[k]!);
    rows.forEach((xs, i) => (running[i]! += xs[k]!));
    const ci = confidenceInterval(running);
    const clip = (x: number): number | null => (Number.isFinite(x) ? Math.min(bounds[1], Math.max(bounds[0], x)) : null);
    return { part, mean: own.reduce((a, b) => a + b, 0) / own.length, end: ci.mean, lower: clip(ci.lower), upper: clip(ci.upper) };
  });
}
