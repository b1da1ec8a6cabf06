/*
 * The report's words and numbers: every office metric has a label and unit in
 * the metric table, share intervals stay inside [0, 1], the summary sentence
 * reads the paired difference the right way round, and the runaway rule flags
 * a replication whose backlog ran away but not the ordinary spread.
 */
import { describe, expect, it } from "vitest";
import type { ExperimentResult, MetricComparison } from "../../src/experiment";
import { boundedInterval, describeMetric, metricInfo, metricLabel, runawayReplications } from "../../src/report";
import { differencePhrase } from "../../src/report/reportSummary";
// Registers the built-in models ("office", "mm1"), as importing caseflow from its root does.
import "../../src/models/builtinModels";

const OFFICE_METRICS = [
  "decisionsPerWeek",
  "leadTimeDays.mean",
  "leadTimeDays.p90",
  "leadTimeDays.byComplexity.complex.p99",
  "daysToFirstPayment.p50",
  "backlogMean",
  "backlogEnd",
  "checkpointsOnTimeShare",
  "decisionAccuracy",
  "accuracyByComplexity.simple",
  "uniformity",
  "reworkShare",
  "reconsiderationShare",
  "reconsiderationChangedShare",
  "contactsPerCase",
  "abandonedCallShare",
  "failureDemandShare",
  "timeShare.value",
  "timeShare.idle",
  "utilisation",
  "hoursPerCorrectDecision",
  "stressMean",
  "turnoverPerYear",
  "arrived",
  "decided",
  "withdrawn",
  "openEnd",
  "totals.arrived",
  "unstable",
  "measured.leadTimeDays.measured",
  "measured.decisionAccuracy.true",
  "contactsByReason.who-has-my-case",
];

function summary(mean: number, halfWidth: number) {
  return { mean, sd: NaN, n: 20, halfWidth, lower: mean - halfWidth, upper: mean + halfWidth, level: 0.95, excluded: 0 };
}

describe("metric table", () => {
  it("labels every office metric with a unit and a description", () => {
    for (const m of OFFICE_METRICS) {
      const info = metricInfo(m);
      expect(info, m).toBeDefined();
      expect(metricLabel(m), m).not.toBe(m);
      expect(describeMetric(m), m).toContain(info!.description);
    }
    expect(metricLabel("leadTimeDays.p90")).toBe("Lead time, 90th percentile (days)");
    expect(metricInfo("no.such.metric")).toBeUndefined();
  });
});

describe("share intervals", () => {
  it("cuts a share's t interval at 1 and 0, and a difference of shares at ±1, leaving other metrics alone", () => {
    expect(boundedInterval("decisionAccuracy", 0.99936, 1.0001)).toEqual([0.99936, 1]);
    expect(boundedInterval("failureDemandShare", -0.02, 0.05)).toEqual([0, 0.05]);
    expect(boundedInterval("decisionAccuracy", -1.2, 0.3, true)).toEqual([-1, 0.3]);
    expect(boundedInterval("leadTimeDays.mean", -2, 5)).toEqual([-2, 5]);
  });
});

describe("summary sentences", () => {
  it("states a lower lead time as days sooner, with the interval as magnitudes", () => {
    const cmp: MetricComparison = { baseMean: 11.5, variantMean: 3.1, difference: summary(-8.4, 4.8), significant: true, relativeDifference: -0.73 };
    expect(differencePhrase("leadTimeDays.mean", cmp)).toBe("decided claims 8.4 days sooner on average (95% CI 3.6 to 13.2)");
  });
  it("states a higher accuracy in percentage points", () => {
    const cmp: MetricComparison = { baseMean: 0.945, variantMean: 0.962, difference: summary(0.0174, 0.0028), significant: true, relativeDifference: 0.018 };
    expect(differencePhrase("decisionAccuracy", cmp)).toBe("got 1.74 percentage points more first decisions right (95% CI 1.46 to 2.02)");
  });
});

describe("runaway replications", () => {
  function result(backlog: number[], unstable: number[]): ExperimentResult<unknown> {
    return {
      schemaVersion: 1,
      model: "office",
      scenario: {},
      rootSeed: 1,
      replications: backlog.map((_, i) => i),
      records: backlog.map((b, i) => ({ backlogMean: b, unstable: unstable[i]! })),
      summary: {},
    };
  }
  it("flags the model's unstable replications and far-out backlogs, not the ordinary spread", () => {
    const backlog = [330, 340, 350, 360, 345, 335, 355, 1650, 1700, 420];
    const unstable = [0, 0, 0, 0, 0, 0, 0, 0, 1, 0];
    const found = runawayReplications(result(backlog, unstable));
    expect(found.map((r) => r.replication)).toEqual([7, 8]);
    expect(found[1]!.reasons).toEqual(["unstable", "far-out backlog"]);
  });
  it("flags nothing in a tight spread with one mild outlier", () => {
    expect(runawayReplications(result([100, 101, 102, 103, 104, 105, 140], [0, 0, 0, 0, 0, 0, 0]))).toEqual([]);
  });
});
