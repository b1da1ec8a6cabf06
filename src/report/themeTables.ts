/*
 * The outcome tables of the HTML report, grouped by theme (speed, quality and
 * legal certainty, citizens, staff, cost, …) and labelled in plain words with
 * units from the metric table; the raw result key is on hover and in the
 * "key" column of the full list. Each scenario's cell shows the mean and the
 * median over replications; a variant's cell adds its paired difference from
 * the base with the 95% interval, coloured when the interval excludes 0 and
 * the metric has a better direction.
 */
import type { ComparisonResult, MetricComparison, SweepResult } from "../experiment";
import { replicationSpread } from "./armStatistics";
import { boundedInterval } from "./boundedInterval";
import { escapeHtml } from "./escapeHtml";
import { formatMetricValue, metricDecimals } from "./formatMetricValue";
import { keyMetricsOf } from "./keyMetricsOf";
import { metricInfo, metricLabel, metricTheme, metricThemes } from "./metricInfo";
import { reportArms, type ReportArm } from "./reportArms";
import { resultKind, type AnyResult } from "./resultKind";

/** Which metrics the tables show. */
export type ThemeTableChoice = "key" | "all";

/**
 * HTML tables of `result`, one per theme that has metrics, each with a
 * heading. With `"all"`, a "key" column shows each metric's result key.
 */
export function themeTablesHtml(result: AnyResult, choice: ThemeTableChoice): string {
  const kind = resultKind(result);
  const arms = reportArms(result);
  const available = Object.keys(arms[0]?.result.summary ?? {});
  const metrics = choice === "key" ? keyMetricsOf(available, undefined, arms[0]?.result.model) : available;
  const out: string[] = [];
  const themes = metricThemes();
  const known = new Set(themes.map((t) => t.theme));
  for (const { theme, title } of themes) {
    const rows = metrics.filter((m) => metricTheme(m) === theme && known.has(theme));
    if (rows.length === 0) continue;
    const table =
      kind === "comparison"
        ? comparisonTable(result as ComparisonResult<unknown>, arms, rows, choice)
        : kind === "sweep"
          ? sweepTable(result as SweepResult<unknown>, arms, rows, choice)
          : runTable(arms[0]!, rows, choice);
    out.push(`<h3 class="theme">${escapeHtml(title)}</h3>${table}`);
  }
  return out.join("\n");
}

/** The first cell of a row: the plain label with unit, the key and description on hover. */
export function labelCell(key: string, withKey: boolean): string {
  const info = metricInfo(key);
  const hover = info === undefined ? key : `${key}: ${info.description}`;
  const keyCell = withKey ? `<td class="key"><code>${escapeHtml(key)}</code></td>` : "";
  return `<th scope="row" class="metric" data-key="${escapeHtml(key)}" title="${escapeHtml(hover)}">${escapeHtml(metricLabel(key))}</th>${keyCell}`;
}

function runTable(arm: ReportArm, metrics: readonly string[], choice: ThemeTableChoice): string {
  const head = `<tr><th>Measure</th>${choice === "all" ? "<th>key</th>" : ""}<th class="num">mean</th><th class="num">95% CI</th><th class="num">median</th><th class="num">lowest – highest replication</th></tr>`;
  const body = metrics.map((m) => {
    const s = arm.result.summary[m]!;
    const spread = replicationSpread(arm.result, m);
    const [lo, hi] = boundedInterval(m, s.lower, s.upper);
    const fmt = (x: number): string => formatMetricValue(m, x, { halfWidth: s.halfWidth });
    const ci = Number.isFinite(lo) && Number.isFinite(hi) ? `${fmt(lo)} to ${fmt(hi)}` : "";
    return `<tr>${labelCell(m, choice === "all")}<td class="num">${fmt(s.mean)}</td><td class="num ci">${ci}</td><td class="num">${fmt(spread.median)}</td><td class="num">${fmt(spread.min)} – ${fmt(spread.max)}</td></tr>`;
  });
  return wrap(head, body);
}

function comparisonTable(c: ComparisonResult<unknown>, arms: readonly ReportArm[], metrics: readonly string[], choice: ThemeTableChoice): string {
  const head = `<tr><th>Measure</th>${choice === "all" ? "<th>key</th>" : ""}${arms
    .map((a) => `<th class="num arm">${escapeHtml(a.label)}${a.role === "base" ? ' <span class="role">(base)</span>' : ""}</th>`)
    .join("")}</tr>`;
  const body = metrics.map((m) => `<tr>${labelCell(m, choice === "all")}${arms.map((a) => comparisonCell(c, a, m)).join("")}</tr>`);
  return wrap(head, body);
}

/** A scenario's cell in a comparison: mean and median, and for a variant the difference from the base with its interval. */
export function comparisonCell(c: ComparisonResult<unknown>, arm: ReportArm, m: string): string {
  const s = arm.result.summary[m];
  if (s === undefined) return `<td class="num">–</td>`;
  const cmp: MetricComparison | undefined = arm.role === "variant" ? c.comparisons[arm.label]?.[m] : undefined;
  const spread = replicationSpread(arm.result, m);
  const hw = cmp !== undefined ? cmp.difference.halfWidth : s.halfWidth;
  const d = Number.isFinite(s.mean) ? metricDecimals(m, s.mean, hw) : undefined;
  const fmt = (x: number): string => formatMetricValue(m, x, d === undefined ? {} : { decimals: d });
  const level = `<span class="level">${fmt(s.mean)}</span> <span class="med">med ${fmt(spread.median)}</span>`;
  if (cmp === undefined)
    return `<td class="num" title="${escapeHtml(`${arm.label}: mean ${fmt(s.mean)}, median ${fmt(spread.median)} over ${s.n} replications`)}">${level}</td>`;
  const diff = cmp.difference;
  const [lo, hi] = boundedInterval(m, diff.lower, diff.upper, true);
  const df = (x: number, signed = true): string => formatMetricValue(m, x, { halfWidth: diff.halfWidth, difference: true, signed });
  const verdict = judge(m, cmp);
  const rel = Number.isFinite(cmp.relativeDifference)
    ? `, ${cmp.relativeDifference >= 0 ? "+" : "−"}${Math.abs(100 * cmp.relativeDifference).toFixed(0)}% of the base`
    : "";
  const title = `${arm.label}: mean ${fmt(s.mean)}, median ${fmt(spread.median)}; difference from the base ${df(diff.mean)} (95% CI ${df(lo)} to ${df(hi)})${rel}; ${VERDICT_TEXT[verdict]}`;
  const ci = Number.isFinite(lo) && Number.isFinite(hi) ? `<br><span class="ci">[${df(lo)}, ${df(hi)}]</span>` : "";
  return `<td class="num ${verdict}" title="${escapeHtml(title)}">${level}<br><span class="diff">${df(diff.mean)}${cmp.significant ? "*" : ""}${ci}</span></td>`;
}

/** How a variant fares on a metric: better, worse, different (no better direction) or unclear (the interval includes 0). */
export type Verdict = "better" | "worse" | "different" | "unclear";

const VERDICT_TEXT: Record<Verdict, string> = {
  better: "better than the base (the 95% interval excludes 0)",
  worse: "worse than the base (the 95% interval excludes 0)",
  different: "different from the base (the 95% interval excludes 0)",
  unclear: "no clear difference (the 95% interval includes 0)",
};

/** The verdict on a variant's difference for metric `m`. */
export function judge(m: string, cmp: MetricComparison): Verdict {
  if (!cmp.significant) return "unclear";
  const better = metricInfo(m)?.better ?? "neither";
  if (better === "neither") return "different";
  return cmp.difference.mean < 0 === (better === "lower") ? "better" : "worse";
}

function sweepTable(s: SweepResult<unknown>, arms: readonly ReportArm[], metrics: readonly string[], choice: ThemeTableChoice): string {
  const head = `<tr><th>Measure</th>${choice === "all" ? "<th>key</th>" : ""}${arms.map((a) => `<th class="num arm">${escapeHtml(a.label)}</th>`).join("")}</tr>`;
  const body = metrics.map((m) => {
    const cells = arms.map((a) => {
      const x = a.result.summary[m];
      if (x === undefined) return `<td class="num">–</td>`;
      const [lo, hi] = boundedInterval(m, x.lower, x.upper);
      const fmt = (v: number): string => formatMetricValue(m, v, { halfWidth: x.halfWidth });
      const ci = Number.isFinite(lo) && Number.isFinite(hi) ? `<br><span class="ci">[${fmt(lo)}, ${fmt(hi)}]</span>` : "";
      return `<td class="num">${fmt(x.mean)}${ci}</td>`;
    });
    return `<tr>${labelCell(m, choice === "all")}${cells.join("")}</tr>`;
  });
  void s;
  return wrap(head, body);
}

function wrap(head: string, body: readonly string[]): string {
  return `<div class="table-wrap"><table class="outcomes"><thead>${head}</thead><tbody>\n${body.join("\n")}\n</tbody></table></div>`;
}
