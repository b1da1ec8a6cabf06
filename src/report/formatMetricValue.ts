/*
 * A metric's value as a reader wants it: shares as percentages (differences
 * of shares in percentage points), everything else in its own unit, with the
 * decimals the confidence interval supports.
 */
import { decimalsFor, formatNumber } from "./formatNumber";
import { metricInfo } from "./metricInfo";

/** Options of {@link formatMetricValue}. */
export interface MetricValueOptions {
  /** Half-width of the value's interval, which sets the decimals. @defaultValue NaN (four significant digits) */
  halfWidth?: number;
  /** Add the unit ("%", " pp", " days"). @defaultValue false */
  withUnit?: boolean;
  /** The value is a difference (shares then read as percentage points). @defaultValue false */
  difference?: boolean;
  /** Write a "+" before positive values. @defaultValue false */
  signed?: boolean;
  /** Decimals to use instead of those from the half-width. */
  decimals?: number;
}

/** The factor a metric's values are shown in: 100 for shares, 1 otherwise. */
export function displayScale(key: string): number {
  const unit = metricInfo(key)?.unit;
  return unit === "share" || unit === "flag" ? 100 : 1;
}

/** Decimals for `value ± halfWidth` of `key` as shown (shares in percent). */
export function metricDecimals(key: string, value: number, halfWidth: number): number {
  const k = displayScale(key);
  return decimalsFor(value * k, halfWidth * k);
}

/**
 * `value` of metric `key` as text, e.g. `formatMetricValue("decisionAccuracy",
 * 0.9452, { halfWidth: 0.004, withUnit: true })` → `"94.52%"`.
 */
export function formatMetricValue(key: string, value: number, options: MetricValueOptions = {}): string {
  const k = displayScale(key);
  const d = options.decimals ?? (Number.isFinite(value) ? metricDecimals(key, value, options.halfWidth ?? NaN) : undefined);
  let text = formatNumber(value * k, d);
  if (options.signed === true && value > 0 && text !== formatNumber(0, d)) text = `+${text}`;
  text = text.replace(/^-/, "−");
  if (options.withUnit !== true || !Number.isFinite(value)) return text;
  return text + unitSuffix(key, options.difference === true);
}

/** The unit written after a number of `key`: "%", " pp" for share differences, " days", … ("" for unknown metrics and flags). */
export function unitSuffix(key: string, difference = false): string {
  const info = metricInfo(key);
  if (info === undefined) return "";
  switch (info.unit) {
    case "share":
    case "flag":
      return difference ? " percentage points" : "%";
    case "index 0–1":
      return " on the 0–1 scale";
    case "claims/week":
      return " claims a week";
    case "contacts/claim":
      return " contacts per claim";
    case "per head/year":
      return " per head a year";
    case "decisions/handler-week":
      return " decisions per handler-week";
    default:
      return ` ${info.unit}`;
  }
}
