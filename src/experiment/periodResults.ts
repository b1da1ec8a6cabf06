/*
 * Results over time: the per-period metrics of an office run ("period.<label>.
 * <figure>", kept when the run settings ask for periods) as a tidy table, one
 * row per period and figure with its confidence interval across replications,
 * and the payback of a change: the first period after it from which the
 * variant stays better than the base, judged on paired differences (same seed
 * and replication indices, so common random numbers).
 */
import { confidenceInterval } from "../stats/confidenceInterval";
import type { ExperimentResult } from "./ExperimentResult";
import { toCSV } from "./toCSV";

/** One period and figure of a result. */
export interface PeriodRow {
  /** calendar label, e.g. "2026-Q3" */
  period: string;
  /** first day of the period (days after the start date) */
  startDay: number;
  /** end of the period (exclusive) */
  endDay: number;
  /** figure, e.g. "leadTimeDays.mean" */
  metric: string;
  /** mean over the replications */
  mean: number;
  /** 95% confidence interval */
  lower: number;
  /** 95% confidence interval */
  upper: number;
  /** replications with a finite value */
  n: number;
}

const PERIOD_KEY = /^period\.([^.]+)\.(.+)$/;

/** The labels of the periods in `result`, in time order. */
export function periodLabels(result: ExperimentResult<unknown>): string[] {
  const out: string[] = [];
  for (const key of Object.keys(result.summary)) {
    const m = PERIOD_KEY.exec(key);
    if (m !== null && m[2] === "startDay") out.push(m[1] as string);
  }
  return out.sort((a, b) => (result.summary[`period.${a}.startDay`]?.mean ?? 0) - (result.summary[`period.${b}.startDay`]?.mean ?? 0));
}

/** Every period and figure of `result` with its confidence interval (empty when the run kept no periods). */
export function periodRows(result: ExperimentResult<unknown>): PeriodRow[] {
  const rows: PeriodRow[] = [];
  for (const label of periodLabels(result)) {
    const startDay = result.summary[`period.${label}.startDay`]!.mean;
    const endDay = result.summary[`period.${label}.endDay`]!.mean;
    for (const [key, s] of Object.entries(result.summary)) {
      const m = PERIOD_KEY.exec(key);
      if (m === null || m[1] !== label || m[2] === "startDay" || m[2] === "endDay") continue;
      rows.push({ period: label, startDay, endDay, metric: m[2] as string, mean: s.mean, lower: s.lower, upper: s.upper, n: s.n });
    }
  }
  return rows;
}

/** {@link periodRows} as CSV: `period,startDay,endDay,metric,mean,lower,upper,n`. */
export function toPeriodCSV(result: ExperimentResult<unknown>): string {
  return toCSV(periodRows(result) as unknown as Array<Record<string, unknown>>, ["period", "startDay", "endDay", "metric", "mean", "lower", "upper", "n"]);
}

/** Options of {@link payback}. */
export interface PaybackOptions {
  /** the figure, e.g. "leadTimeDays.mean" */
  metric: string;
  /** day of the change: periods starting on or after it are candidates */
  after: number;
  /** which direction is better for the figure */
  better: "lower" | "higher";
  /** confidence level of the paired intervals. @defaultValue 0.95 */
  level?: number;
}

/** When a change pays back. */
export interface Payback {
  /** label of the first period from which the variant stays better, or null when none within the horizon */
  period: string | null;
  /** its first day, or NaN */
  startDay: number;
  /** paired difference variant − base per candidate period, with its interval */
  differences: Array<{ period: string; mean: number; lower: number; upper: number; better: boolean }>;
  /** in words: "from 2027-Q2 (day 455)" or "not within the horizon" */
  text: string;
}

/**
 * The first period starting on or after `after` from which the variant is
 * better than the base in every later period: the paired confidence interval
 * of variant − base excludes 0 on the better side. Base and variant must have
 * the same replications (run them with the same seed).
 *
 * @throws RangeError when the replications differ or the result has no periods of `metric`
 */
export function payback(base: ExperimentResult<unknown>, variant: ExperimentResult<unknown>, options: PaybackOptions): Payback {
  const same = base.replications.length === variant.replications.length && base.replications.every((r, i) => variant.replications[i] === r);
  if (!same || base.rootSeed !== variant.rootSeed) {
    throw new RangeError("payback: base and variant must be run with the same seed and replications (a paired comparison)");
  }
  const labels = periodLabels(base).filter((l) => (base.summary[`period.${l}.startDay`]?.mean ?? -Infinity) >= options.after);
  if (labels.length === 0 || base.summary[`period.${labels[0]}.${options.metric}`] === undefined) {
    throw new RangeError(`payback: the results have no period figure "${options.metric}" after day ${options.after} (run with run.periods set)`);
  }
  const differences = labels.map((l) => {
    const key = `period.${l}.${options.metric}`;
    const d: number[] = [];
    base.records.forEach((r, i) => {
      const x = (variant.records[i] as Record<string, number>)[key]! - r[key]!;
      if (Number.isFinite(x)) d.push(x);
    });
    const ci = confidenceInterval(d, options.level ?? 0.95);
    const better = options.better === "lower" ? ci.upper < 0 : ci.lower > 0;
    return { period: l, mean: ci.mean, lower: ci.lower, upper: ci.upper, better };
  });
  let first = differences.length;
  while (first > 0 && differences[first - 1]!.better) first--;
  if (first === differences.length) return { period: null, startDay: NaN, differences, text: "not within the horizon" };
  const period = differences[first]!.period;
  const startDay = base.summary[`period.${period}.startDay`]!.mean;
  return { period, startDay, differences, text: `from ${period} (day ${startDay})` };
}
