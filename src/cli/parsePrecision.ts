/*
 * Reads `--precision <relative half-width>` and `--max-replications <n>`:
 * the target width of the 95% intervals as a share of the mean, the cap on
 * replications, and the metrics whose precision decides (the --metrics
 * selection, else the mean lead time and decisions per week when the model
 * has them).
 */
import { selectMetrics } from "../report";
import { InputError } from "./InputError";

/** Metrics --precision checks when --metrics is not given. */
export const DEFAULT_PRECISION_METRICS: readonly string[] = ["leadTimeDays.mean", "decisionsPerWeek"];

/** Checked precision settings. */
export interface PrecisionSettings {
  /** Target half-width as a share of |mean|, in (0, 1). */
  relativeHalfWidth: number;
  /** Most replications. */
  maxReplications: number;
  /** Metrics that must meet the target. */
  metrics: string[];
}

/**
 * @param minimum - replications before precision is first checked
 * @throws InputError naming the flag and value when one is malformed
 */
export function parsePrecision(
  precision: string,
  maxReplications: string | undefined,
  minimum: number,
  patterns: readonly string[] | undefined,
  names: readonly string[],
): PrecisionSettings {
  const r = /^\s*\d*\.?\d+(e-?\d+)?\s*$/i.test(precision) ? Number(precision) : NaN;
  if (!(r > 0 && r < 1))
    throw new InputError(`--precision: got ${JSON.stringify(precision)}; expected a relative half-width between 0 and 1, e.g. 0.05 for ±5% of the mean`);
  const max = /^\s*\d+\s*$/.test(maxReplications ?? "200") ? Number(maxReplications ?? "200") : NaN;
  if (!(Number.isInteger(max) && max >= Math.max(2, minimum) && max <= 100_000)) {
    throw new InputError(
      `--max-replications: got ${JSON.stringify(maxReplications)}; expected a whole number from ${Math.max(2, minimum)} (the --replications minimum) to 100000`,
    );
  }
  const metrics = patterns !== undefined ? selectMetrics(names, patterns) : DEFAULT_PRECISION_METRICS.filter((m) => names.includes(m));
  if (metrics.length === 0)
    throw new InputError(
      `--precision: name the metrics whose precision decides with --metrics (this model has none of ${DEFAULT_PRECISION_METRICS.join(", ")})`,
    );
  return { relativeHalfWidth: r, maxReplications: max, metrics };
}
