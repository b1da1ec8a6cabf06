/*
 * What each office metric means, in a few words with its unit, for tables and
 * chart captions. The definitions follow OfficeMetrics; metrics of other models
 * (or new ones) simply have no entry.
 */

const CLASSES: Record<string, string> = { simple: "simple", standard: "standard", complex: "complex" };
const STATS: Record<string, string> = { mean: "mean", p50: "median", p90: "90th percentile", p99: "99th percentile" };
const SHARES: Record<string, string> = {
  value: "work on claims, checkpoints and real questions",
  failure: "work caused by failure demand",
  measurement: "registration for measurement, follow-up, review",
  handoffs: "re-reading after handovers and task switching",
  improvement: "protected improvement work and collaboration",
  idle: "available time not used",
};
const FIGURES: Record<string, string> = {
  decisionsPerHandlerWeek: "decisions per handler-week",
  leadTimeDays: "mean lead time, days",
  callAnswerSeconds: "mean call answer time, seconds",
  decisionAccuracy: "decision accuracy",
};

const EXACT: Record<string, string> = {
  decisionsPerWeek: "first decisions per week",
  backlogMean: "open (undecided) claims, time average",
  backlogEnd: "open claims at the horizon",
  checkpointsOnTimeShare: "share of checkpoints assessed by their due date",
  decisionAccuracy: "share of first decisions matching true entitlement",
  uniformity: "share of decisions another handler would have made alike",
  reworkShare: "decisions changed after review or reconsideration, per decision",
  reconsiderationShare: "reconsideration requests per decision",
  reconsiderationChangedShare: "share of reconsidered decisions that were changed",
  contactsPerCase: "citizen contacts per arrived claim",
  failureDemandShare: "share of contacts that are failure demand",
  utilisation: "busy share of available working time",
  hoursPerCorrectDecision: "staff hours per correct decision",
  stressMean: "mean staff stress (0 none, about 1 severe)",
  turnoverPerYear: "leavers per head per year",
  arrived: "claims arrived in the measurement window",
  decided: "first decisions in the measurement window",
  withdrawn: "claims withdrawn in the measurement window",
  openEnd: "open claims at the horizon (all arrivals)",
  unstable: "1 when demand exceeded capacity (backlog kept growing)",
};

/**
 * A short description of an office metric with its unit, e.g.
 * `"leadTimeDays.p90"` → `"claim to first decision, 90th percentile, days"`;
 * `undefined` for metrics it does not know.
 */
export function describeMetric(metric: string): string | undefined {
  const exact = EXACT[metric];
  if (exact !== undefined) return exact;
  const parts = metric.split(".");
  const [head, a, b, c] = parts;
  if (head === "leadTimeDays" || head === "daysToFirstPayment") {
    const what = head === "leadTimeDays" ? "claim to first decision" : "claim to first payment";
    if (parts.length === 2 && a !== undefined && STATS[a] !== undefined) return `${what}, ${STATS[a]}, days`;
    if (a === "byComplexity" && b !== undefined && c !== undefined && CLASSES[b] !== undefined && STATS[c] !== undefined) {
      return `${what}, ${CLASSES[b]} claims, ${STATS[c]}, days`;
    }
  }
  if (head === "accuracyByComplexity" && a !== undefined && CLASSES[a] !== undefined && parts.length === 2) {
    return `first-decision accuracy, ${CLASSES[a]} claims`;
  }
  if (head === "timeShare" && a !== undefined && SHARES[a] !== undefined && parts.length === 2) {
    return `share of working time: ${SHARES[a]}`;
  }
  if (head === "measured" && a !== undefined && FIGURES[a] !== undefined && (b === "measured" || b === "true") && parts.length === 3) {
    return `${FIGURES[a]}, ${b === "measured" ? "as management measured it" : "true value"}`;
  }
  if (head === "contactsByReason" && a !== undefined && parts.length === 2) return `contacts in the window: ${a.replace(/-/g, " ")}`;
  if (head === "totals" && a !== undefined && parts.length === 2) return `all-time ${a} claims, starting backlog included`;
  return undefined;
}

/** The measured figures of the office model and their labels, in display order. */
export const MEASURED_FIGURES: ReadonlyArray<{ key: string; label: string }> = Object.entries(FIGURES).map(([key, label]) => ({ key, label }));
