/*
 * A metric's estimate in one arm as chart data: mean and interval bounds, with
 * null for values JSON and Vega cannot use (NaN, infinities), so a missing
 * interval simply draws no error bar.
 */
import type { MetricSummary } from "../experiment";

/** Mean and 95% interval bounds for a chart; null where not finite. */
export interface ChartEstimate {
  /** Mean over replications. */
  mean: number | null;
  /** Lower bound of the 95% interval (null without an interval). */
  lower: number | null;
  /** Upper bound of the 95% interval (null without an interval). */
  upper: number | null;
}

/** The estimate of `summary` for a chart, or undefined when the metric is absent or its mean is not finite. */
export function chartEstimate(summary: MetricSummary | undefined): ChartEstimate | undefined {
  if (summary === undefined || !Number.isFinite(summary.mean)) return undefined;
  const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);
  return { mean: summary.mean, lower: finite(summary.lower), upper: finite(summary.upper) };
}
