/*
 * What each office metric means, in a few words with its unit, for tables,
 * tooltips and chart captions. It reads the single metric table
 * (metricTable.ts), so the glossary, the labels and the summary never drift
 * apart; metrics of other models (or new ones) simply have no entry.
 */
import { MEASURED_FIGURE_LABELS, metricInfo, unitText } from "../models/office/metricTable";

/**
 * A short description of an office metric with its label and unit, e.g.
 * `"leadTimeDays.p90"` → `"Lead time, 90th percentile (days): Calendar days
 * from a claim's arrival to its first decision: the 90th percentile …"`;
 * `undefined` for metrics the metric table does not know.
 */
export function describeMetric(metric: string): string | undefined {
  const info = metricInfo(metric);
  if (info === undefined) return undefined;
  const unit = info.unit === "flag" ? "0 or 1" : unitText(info.unit);
  return `${info.label} (${unit}): ${info.description}`;
}

/** The measured figures of the office model and their labels, in display order. */
export const MEASURED_FIGURES: ReadonlyArray<{ key: string; label: string }> = MEASURED_FIGURE_LABELS.map(({ key, label }) => ({ key, label }));
