/*
 * Per-metric confidence intervals over a list of replication records. Values
 * that are not finite (e.g. a mean wait when nobody waited) are counted and left
 * out rather than poisoning the interval.
 */
import { confidenceInterval } from "../stats";
import type { MetricRecord } from "./ExperimentModel";
import type { MetricSummary } from "./ExperimentResult";

/**
 * A 95% Student t confidence interval for every metric in `records`. Metrics
 * appear in order of first appearance; a record without a metric counts as a
 * non-finite value for it.
 *
 * @param records - one record per replication, in replication order
 * @param level - confidence level @defaultValue 0.95
 */
export function summariseRecords(records: ReadonlyArray<MetricRecord>, level = 0.95): Record<string, MetricSummary> {
  const names = metricNames(records);
  const summary: Record<string, MetricSummary> = {};
  for (const name of names) summary[name] = summariseMetric(records, name, level);
  return summary;
}

/** Confidence interval of one metric over `records` (see {@link summariseRecords}). */
export function summariseMetric(records: ReadonlyArray<MetricRecord>, name: string, level = 0.95): MetricSummary {
  const values: number[] = [];
  for (const r of records) {
    const v = r[name];
    if (v !== undefined && Number.isFinite(v)) values.push(v);
  }
  const ci = confidenceInterval(values, level);
  return {
    mean: ci.mean,
    sd: ci.sd,
    n: ci.n,
    halfWidth: ci.halfWidth,
    lower: ci.lower,
    upper: ci.upper,
    level: ci.level,
    excluded: records.length - values.length,
  };
}

/** Metric names over all records, in order of first appearance. */
export function metricNames(records: ReadonlyArray<MetricRecord>): string[] {
  const seen = new Set<string>();
  for (const r of records) for (const k of Object.keys(r)) seen.add(k);
  return [...seen];
}
