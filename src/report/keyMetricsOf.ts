/*
 * The handful of metrics that tell a run's story at a glance, as the models
 * name them (ModelReport.keyMetrics, and the lists for the summary, the
 * spread chart and sweep charts); tables and charts show these first.
 */
import type { ModelReport } from "./ModelReport";
import { modelReportOf, modelReports } from "./modelReports";

/** Which of a model's lists of metrics. */
export type MetricList = "keyMetrics" | "headlineMetrics" | "spreadMetrics" | "sweepMetrics";

/**
 * The metrics of list `which` among `available`, in the model's order: from
 * model `modelId` when it is registered with a report, else from the first
 * registered model that has any of them; empty when none has.
 *
 * @param modelId - the result's model, when known @defaultValue undefined
 */
export function modelMetrics(which: MetricList, available: readonly string[], modelId?: string): string[] {
  const set = new Set(available);
  const own = modelReportOf(modelId);
  for (const report of own === undefined ? modelReports() : [own]) {
    const keys = listOf(report, which).filter((m) => set.has(m));
    if (keys.length > 0) return keys;
  }
  return [];
}

/**
 * The key metrics among `available` (see {@link modelMetrics}); when none is
 * available, the first `fallback` of `available`.
 *
 * @param fallback - how many metrics to take when no key metric is present @defaultValue 8
 * @param modelId - the result's model, when known @defaultValue undefined
 */
export function keyMetricsOf(available: readonly string[], fallback = 8, modelId?: string): string[] {
  const keys = modelMetrics("keyMetrics", available, modelId);
  return keys.length > 0 ? keys : available.slice(0, fallback);
}

function listOf(report: ModelReport, which: MetricList): readonly string[] {
  return which === "keyMetrics" ? report.keyMetrics : (report[which] ?? report.keyMetrics);
}
