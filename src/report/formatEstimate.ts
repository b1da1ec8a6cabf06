/*
 * A mean with its confidence interval as text, e.g. "7.1" and "[4.4, 9.8]",
 * both with the decimals the interval's width supports.
 */
import type { MetricSummary } from "../experiment";
import { decimalsFor, formatNumber } from "./formatNumber";

/** A formatted estimate: the mean and its interval (empty when there is no interval). */
export interface FormattedEstimate {
  /** The mean, e.g. `"7.1"`. */
  mean: string;
  /** The interval, e.g. `"[4.4, 9.8]"`; `""` when it is unknown (fewer than two finite values). */
  interval: string;
}

/**
 * Formats `mean ± halfWidth` as a mean and a `[lower, upper]` interval, using
 * {@link decimalsFor}. Only `mean`, `halfWidth`, `lower` and `upper` are read.
 */
export function formatEstimate(s: Pick<MetricSummary, "mean" | "halfWidth" | "lower" | "upper">): FormattedEstimate {
  const d = decimalsFor(s.mean, s.halfWidth);
  const hasInterval = Number.isFinite(s.lower) && Number.isFinite(s.upper);
  return {
    mean: formatNumber(s.mean, Number.isFinite(s.mean) ? d : undefined),
    interval: hasInterval ? `[${formatNumber(s.lower, d)}, ${formatNumber(s.upper, d)}]` : "",
  };
}
