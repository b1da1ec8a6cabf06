/*
 * What a metric is, from the metric tables the models carry (ModelReport):
 * its label with unit, its theme and whether it is a share. A key no table
 * knows (a new metric, a model without a table) is shown by the key itself.
 */
import type { MetricInfo, MetricThemeHeading, MetricUnit } from "./ModelReport";
import { modelReports } from "./modelReports";

/** The theme of metrics that no table places, shown last. */
const OTHER_THEME: MetricThemeHeading = { theme: "volume", title: "Other figures" };

/**
 * What `key` is, from the first registered model's table that knows it;
 * `undefined` when none does, and the report then shows the key.
 */
export function metricInfo(key: string): MetricInfo | undefined {
  for (const report of modelReports()) {
    const info = report.metricInfo(key);
    if (info !== undefined) return info;
  }
  return undefined;
}

/** The label of `key` with its unit, e.g. "Lead time, mean (days)"; the key itself when unknown. */
export function metricLabel(key: string): string {
  return labelWithUnit(metricInfo(key), key);
}

/** The label of a table entry with its unit ("Lead time, mean (days)"; flags as "% of replications"); `key` when there is no entry. */
export function labelWithUnit(info: Pick<MetricInfo, "label" | "unit"> | undefined, key: string): string {
  if (info === undefined) return key;
  return info.unit === "flag" ? `${info.label} (% of replications)` : `${info.label} (${unitText(info.unit)})`;
}

/** A table heading for `key`: its label and the key, e.g. "Failure demand — failureDemandShare"; the key itself when unknown. */
export function metricHeading(key: string): string {
  return headingOf(metricInfo(key), key);
}

/** A table heading from an entry: its label and the key ("Failure demand — failureDemandShare"); `key` when there is no entry. */
export function headingOf(info: Pick<MetricInfo, "label"> | undefined, key: string): string {
  return info === undefined ? key : `${info.label} — ${key}`;
}

/** The unit as shown after a label: shares as "%". */
export function unitText(unit: MetricUnit): string {
  return unit === "share" ? "%" : unit;
}

/** The theme of `key` (`"volume"` for unknown metrics). */
export function metricTheme(key: string): string {
  return metricInfo(key)?.theme ?? OTHER_THEME.theme;
}

/** Whether `key` is a share (a fraction from 0 to 1), so its intervals are kept inside [0, 1]. */
export function isShareMetric(key: string): boolean {
  const info = metricInfo(key);
  return info !== undefined && (info.unit === "share" || info.unit === "flag");
}

/** Theme headings of every registered model's table, in display order, the catch-all theme last. */
export function metricThemes(): MetricThemeHeading[] {
  const seen = new Map<string, MetricThemeHeading>();
  for (const report of modelReports()) for (const t of report.themes) if (!seen.has(t.theme)) seen.set(t.theme, t);
  if (!seen.has(OTHER_THEME.theme)) seen.set(OTHER_THEME.theme, OTHER_THEME);
  const last = seen.get(OTHER_THEME.theme)!;
  seen.delete(OTHER_THEME.theme);
  return [...seen.values(), last];
}
