/*
 * The handful of metrics that tell the story of an office run at a glance;
 * tables and sweep charts show these first (when the result has them).
 */

/** Office metrics shown first, in this order. */
export const KEY_METRICS: readonly string[] = [
  "decisionsPerWeek",
  "leadTimeDays.mean",
  "leadTimeDays.p90",
  "leadTimeDays.byComplexity.complex.p90",
  "daysToFirstPayment.mean",
  "backlogMean",
  "checkpointsOnTimeShare",
  "decisionAccuracy",
  "uniformity",
  "reworkShare",
  "contactsPerCase",
  "failureDemandShare",
  "timeShare.value",
  "utilisation",
  "hoursPerCorrectDecision",
  "stressMean",
  "turnoverPerYear",
  "unstable",
];

/**
 * The key metrics among `available`, in {@link KEY_METRICS} order; when none
 * of them is available (another model), the first `fallback` of `available`.
 *
 * @param fallback - how many metrics to take when no key metric is present @defaultValue 8
 */
export function keyMetricsOf(available: readonly string[], fallback = 8): string[] {
  const set = new Set(available);
  const keys = KEY_METRICS.filter((m) => set.has(m));
  return keys.length > 0 ? keys : available.slice(0, fallback);
}
