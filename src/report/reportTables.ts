/*
 * The outcome tables of a result, formatted once for both the terminal and the
 * HTML report: a single run as metric, mean and 95% interval; a comparison as
 * base, variant and the paired difference with its interval and a marker when
 * it is significant; a sweep as one row per point and metric. Intervals of
 * shares are kept inside [0, 1] (see boundedInterval).
 */
import type { ComparisonResult, ExperimentResult, MetricSummary, SweepResult } from "../experiment";
import { boundedInterval } from "./boundedInterval";
import { formatEstimate } from "./formatEstimate";
import { decimalsFor, formatNumber } from "./formatNumber";
import { keyMetricsOf } from "./keyMetricsOf";
import { reportArms } from "./reportArms";
import { resultKind, type AnyResult } from "./resultKind";
import { selectMetrics } from "./selectMetrics";
import type { TextTable } from "./TextTable";

/**
 * Which metrics a table shows: `"all"`, `"key"` (see {@link keyMetricsOf}) or
 * a list of names and `*` patterns (see {@link selectMetrics}).
 */
export type MetricChoice = "all" | "key" | readonly string[];

/** Options of {@link reportTables}. */
export interface ReportTableOptions {
  /** Metrics to show. @defaultValue "all" for runs and comparisons, "key" for sweeps */
  metrics?: MetricChoice;
  /**
   * Layout of a sweep's table: `"long"`, a row per point and metric (narrow, for
   * terminals), or `"wide"`, a row per metric and a column per point (for pages).
   * @defaultValue "long"
   */
  sweepLayout?: "long" | "wide";
}

/**
 * The outcome tables of `result`: one for a single run, one per variant for a
 * comparison (variant against base, with the paired difference), one for a
 * sweep (a row per point and metric, or per metric with a column per point). When only some metrics are shown, the
 * note says how many there are.
 *
 * @throws TypeError if `result` is not a result; RangeError if a metric pattern matches nothing
 */
export function reportTables(result: AnyResult, options: ReportTableOptions = {}): TextTable[] {
  const kind = resultKind(result);
  if (kind === "experiment") return [experimentTable(result as ExperimentResult<unknown>, options.metrics ?? "all")];
  if (kind === "comparison") return comparisonTables(result as ComparisonResult<unknown>, options.metrics ?? "all");
  const sweepResult = result as SweepResult<unknown>;
  const metrics = options.metrics ?? "key";
  return [options.sweepLayout === "wide" ? wideSweepTable(sweepResult, metrics) : sweepTable(sweepResult, metrics)];
}

/** The metric names of a result chosen by `choice`, in the result's order. */
export function chooseMetrics(available: readonly string[], choice: MetricChoice): string[] {
  if (choice === "all") return [...available];
  if (choice === "key") return keyMetricsOf(available);
  return selectMetrics(available, choice);
}

function experimentTable(r: ExperimentResult<unknown>, choice: MetricChoice): TextTable {
  const all = Object.keys(r.summary);
  const metrics = chooseMetrics(all, choice);
  const rows = metrics.map((m) => {
    const s = r.summary[m]!;
    const e = formatEstimate(bounded(m, s));
    return [m, e.mean, e.interval, `${s.n}`];
  });
  const table: TextTable = {
    title: `${reportArms(r)[0]!.label}: ${r.replications.length} replication${r.replications.length === 1 ? "" : "s"}, root seed ${String(r.rootSeed)}${r.shard === undefined ? "" : `, shard ${r.shard.index}/${r.shard.count} (replications r with r % ${r.shard.count} = ${r.shard.index})`}`,
    columns: ["metric", "mean", "95% CI", "n"],
    align: ["left", "right", "right", "right"],
    rows,
  };
  const note = subsetNote(metrics.length, all.length);
  if (note !== undefined) table.note = note;
  return table;
}

function comparisonTables(c: ComparisonResult<unknown>, choice: MetricChoice): TextTable[] {
  const arms = reportArms(c);
  const baseLabel = arms[0]!.label;
  return Object.keys(c.comparisons).map((variant) => {
    const per = c.comparisons[variant]!;
    const all = Object.keys(per);
    const metrics = chooseMetrics(all, choice);
    const rows = metrics.map((m) => {
      const x = per[m]!;
      const d = decimalsFor(x.difference.mean, x.difference.halfWidth);
      const diff = formatEstimate(bounded(m, x.difference, true));
      const rel = Number.isFinite(x.relativeDifference) ? `${x.relativeDifference >= 0 ? "+" : ""}${(100 * x.relativeDifference).toFixed(1)}%` : "";
      const sign = x.difference.mean > 0 ? "+" : "";
      return [
        m,
        formatNumber(x.baseMean, Number.isFinite(x.baseMean) ? d : undefined),
        formatNumber(x.variantMean, Number.isFinite(x.variantMean) ? d : undefined),
        Number.isFinite(x.difference.mean) ? sign + diff.mean : diff.mean,
        diff.interval,
        rel,
        x.significant ? "*" : "",
      ];
    });
    const parts = ["* the paired 95% interval of the difference (variant − base) excludes 0"];
    const subset = subsetNote(metrics.length, all.length);
    if (subset !== undefined) parts.push(subset);
    return {
      title: `${variant} against ${baseLabel}: ${c.replications.length} paired replications, root seed ${String(c.rootSeed)}`,
      columns: ["metric", baseLabel, variant, "difference", "95% CI", "relative", "sig."],
      align: ["left", "right", "right", "right", "right", "right", "left"],
      rows,
      note: parts.join("\n"),
    };
  });
}

function sweepTable(s: SweepResult<unknown>, choice: MetricChoice): TextTable {
  const all = s.results.length > 0 ? Object.keys(s.results[0]!.summary) : [];
  const metrics = chooseMetrics(all, choice);
  const arms = reportArms(s);
  const rows: string[][] = [];
  arms.forEach((arm, k) => {
    for (const m of metrics) {
      const summary: MetricSummary | undefined = arm.result.summary[m];
      if (summary === undefined) continue;
      const e = formatEstimate(bounded(m, summary));
      rows.push([`${k}`, ...s.parameters.map((p) => cell(arm.parameters?.[p])), m, e.mean, e.interval]);
    }
  });
  const table: TextTable = {
    title: `sweep over ${s.parameters.join(", ")}: ${s.points.length} points × ${s.replications.length} replications, root seed ${String(s.rootSeed)}`,
    columns: ["point", ...s.parameters, "metric", "mean", "95% CI"],
    align: ["right", ...s.parameters.map(() => "right" as const), "left", "right", "right"],
    rows,
  };
  const note = subsetNote(metrics.length, all.length);
  if (note !== undefined) table.note = note;
  return table;
}

function wideSweepTable(s: SweepResult<unknown>, choice: MetricChoice): TextTable {
  const all = s.results.length > 0 ? Object.keys(s.results[0]!.summary) : [];
  const metrics = chooseMetrics(all, choice);
  const arms = reportArms(s);
  const rows = metrics.map((m) => [
    m,
    ...arms.map((arm) => {
      const summary = arm.result.summary[m];
      if (summary === undefined) return "";
      const e = formatEstimate(bounded(m, summary));
      return e.interval === "" ? e.mean : `${e.mean} ${e.interval}`;
    }),
  ]);
  const table: TextTable = {
    title: `sweep over ${s.parameters.join(" · ")}: ${s.points.length} points × ${s.replications.length} replications, root seed ${String(s.rootSeed)}; columns are the points' values`,
    columns: ["metric", ...arms.map((a) => a.label)],
    align: ["left", ...arms.map(() => "right" as const)],
    rows,
  };
  const note = subsetNote(metrics.length, all.length);
  if (note !== undefined) table.note = note;
  return table;
}

/** `s` with its interval kept inside what the metric can be (shares in [0, 1]; see boundedInterval). */
function bounded(m: string, s: MetricSummary, difference = false): MetricSummary {
  const [lower, upper] = boundedInterval(m, s.lower, s.upper, difference);
  return lower === s.lower && upper === s.upper ? s : { ...s, lower, upper };
}

function cell(v: unknown): string {
  if (typeof v === "string") return v;
  return JSON.stringify(v) ?? String(v);
}

function subsetNote(shown: number, total: number): string | undefined {
  return shown < total ? `${shown} of ${total} metrics shown` : undefined;
}
