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
