/*
 * How reports present the office model: its metric table (metricTable.ts),
 * the metrics that tell an office run's story, the measures the summary and
 * the charts speak about, the office's charts (lead time, backlog, periods,
 * demand, time shares, measured against true) and its scenarios in words.
 */
import type { ReportChart } from "../../report/ReportChart";
import type { ModelReport } from "../../report/ModelReport";
import type { ReportArm } from "../../report/reportArms";
import { backlogChart } from "./backlogChart";
import { demandChart } from "./demandChart";
import { describeScenario } from "./describeScenario";
import { KEY_METRICS } from "./keyMetrics";
import { leadTimeChart } from "./leadTimeChart";
import { measuredChart } from "./measuredChart";
import { MEASURED_FIGURE_LABELS, METRIC_THEMES, metricInfo } from "./metricTable";
import { periodChart } from "./periodChart";
import { timeShareChart } from "./timeShareChart";

/** The measures the summary speaks about, most important first. */
export const HEADLINE_METRICS: readonly string[] = [
  "leadTimeDays.mean",
  "leadTimeDays.p90",
  "decisionsPerWeek",
  "decisionAccuracy",
  "uniformity",
  "failureDemandShare",
  "contactsPerCase",
  "stressMean",
  "turnoverPerYear",
  "hoursPerCorrectDecision",
];

/** The measures of the chart of the spread across replications, in order. */
export const SPREAD_METRICS: readonly string[] = [
  "leadTimeDays.mean",
  "leadTimeDays.p90",
  "decisionsPerWeek",
  "backlogMean",
  "decisionAccuracy",
  "failureDemandShare",
  "stressMean",
  "hoursPerCorrectDecision",
];

/**
 * The outcomes a sweep chart shows, when the result has them: speed, quality,
 * citizens (failure demand), staff (stress) and cost. Shares are drawn in %.
 */
export const SWEEP_METRICS: readonly string[] = [
  "decisionsPerWeek",
  "leadTimeDays.mean",
  "leadTimeDays.p90",
  "decisionAccuracy",
  "uniformity",
  "failureDemandShare",
  "contactsPerCase",
  "stressMean",
  "hoursPerCorrectDecision",
];

/** The measured figures of the office model and their labels, in display order. */
export const MEASURED_FIGURES: ReadonlyArray<{ key: string; label: string }> = MEASURED_FIGURE_LABELS.map(({ key, label }) => ({ key, label }));

/** The office's charts for these arms, in reading order; charts whose data the result lacks are left out. */
export function officeCharts(arms: readonly ReportArm[]): ReportChart[] {
  const charts: ReportChart[] = [];
  for (const make of [leadTimeChart, backlogChart, periodChart, demandChart, timeShareChart, measuredChart]) {
    const chart = make(arms);
    if (chart !== undefined) charts.push(chart);
  }
  return charts;
}

/** The office model's report: metric table, key and headline metrics, charts and scenario description. */
export const officeReport: ModelReport = {
  metricInfo,
  themes: METRIC_THEMES,
  keyMetrics: KEY_METRICS,
  headlineMetrics: HEADLINE_METRICS,
  spreadMetrics: SPREAD_METRICS,
  sweepMetrics: SWEEP_METRICS,
  charts: officeCharts,
  describeScenario,
};
