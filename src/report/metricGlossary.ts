/*
 * What a metric means, in a few words with its unit, for tables, tooltips and
 * chart captions. It reads the models' metric tables (ModelReport.metricInfo),
 * so the glossary, the labels and the summary never drift apart; metrics no
 * table knows simply have no entry.
 */
import { metricInfo, unitText } from "./metricInfo";

/**
 * A short description of a metric with its label and unit, e.g.
 * `"leadTimeDays.p90"` → `"Lead time, 90th percentile (days): Calendar days
 * from a claim's arrival to its first decision: the 90th percentile …"`;
 * `undefined` for metrics no metric table knows.
 */
export function describeMetric(metric: string): string | undefined {
  const info = metricInfo(metric);
  if (info === undefined) return undefined;
  const unit = info.unit === "flag" ? "0 or 1" : unitText(info.unit);
  return `${info.label} (${unit}): ${info.description}`;
}
