/*
 * Renders a result as one self-contained HTML page: the scenarios in words,
 * the outcome tables with 95% confidence intervals, and the charts, drawn in
 * the browser by Vega-Lite from specifications and data inlined in the page
 * together with the Vega libraries themselves, so the file opens offline.
 * When every chart has rendered the page sets `data-charts-rendered` on its
 * body to the number of charts.
 */
import type { ComparisonResult, ExperimentResult, RegimeMapResult, SensitivityResult, SweepResult } from "../experiment";
import { renderSensitivityReport } from "./renderSensitivityReport";
import { describeMetric } from "./metricGlossary";
import { escapeHtml } from "./escapeHtml";
import { reportPageHead, reportPageScripts } from "./reportPage";
import { keyMetricsOf } from "./keyMetricsOf";
import { scenarioLines } from "./scenarioLines";
import { reportArms, shortValue, type ReportArm } from "./reportArms";
import type { ReportChart } from "./ReportChart";
import { reportCharts } from "./reportCharts";
import { metricLabel } from "./metricInfo";
import { summaryHtml } from "./reportSummary";
import { SHARE_INTERVAL_METHOD } from "./boundedInterval";
import { themeTablesHtml } from "./themeTables";
import { resultKind, type AnyResult } from "./resultKind";
import { scenarioDifferences } from "./scenarioDifferences";

/** Options of {@link renderReport}. */
export interface ReportOptions {
  /** Page title. @defaultValue "caseflow: <scenario name>", "caseflow: <variants> against <base>" or "caseflow: sweep over <parameters>" */
  title?: string;
  /**
   * More text about scenarios, by label (the scenario name for a single run,
   * the base's name or a variant's name, a sweep point's label), shown first in
   * that scenario's description. @defaultValue none
   */
  descriptions?: Record<string, string>;
  /**
   * A section placed after the summary (HTML, already escaped) and the
   * charts it holds (their containers must be in `html`); used by
   * renderCalibrationReport. @defaultValue none
   */
  extra?: { html: string; charts: ReportChart[] };
  /**
   * One replication seen from inside: adds a section of charts of that run
   * (for the office model, `insideCharts(replicationView(…))`). @defaultValue none
   */
  inside?: { replication: number; charts: ReportChart[] };
}

/**
 * One self-contained HTML page (about 0.9 MB, mostly the inlined Vega
 * libraries) showing `result`: a single run, a comparison of variants or a
 * sweep, told apart by shape (see {@link resultKind}); a sensitivity analysis or
 * regime map is drawn by {@link renderSensitivityReport}. The output depends only
 * on the inputs, so the same result gives the same page.
 *
 * The page loads nothing from the network. Each chart sits in a
 * `<div class="chart" data-chart="…">`; when all have rendered, the body gets
 * `data-charts-rendered="<count>"` (or `data-charts-failed` with the error).
 *
 * @throws TypeError if `result` is not a result
 * @throws Error if the vega, vega-lite or vega-embed package cannot be found
 */
export function renderReport(input: AnyResult | SensitivityResult<unknown> | RegimeMapResult<unknown>, options: ReportOptions = {}): string {
  const tagged = (input as { kind?: unknown }).kind;
  if (tagged === "sensitivity" || tagged === "regimeMap")
    return renderSensitivityReport(input as SensitivityResult<unknown> | RegimeMapResult<unknown>, options.title);
  const result = input as AnyResult;
  const kind = resultKind(result);
  const arms = reportArms(result);
  const charts = reportCharts(result);
  const extraCharts = options.extra?.charts ?? [];
  const inside = options.inside?.charts ?? [];
  const title = options.title ?? defaultTitle(result, arms);
  const allMetrics = Object.keys(arms[0]?.result.summary ?? {});
  const keys = keyMetricsOf(allMetrics, undefined, modelOf(result));
  const glossary = keys.map((m) => [m, describeMetric(m)] as const).filter((e): e is readonly [string, string] => e[1] !== undefined);
  const parts: string[] = [];
  parts.push(reportPageHead(title, subtitle(result, kind)));
  parts.push(`<section id="summary">\n<h2>In short</h2>`);
  parts.push(summaryHtml(result));
  parts.push(`</section>`);
  if (options.extra !== undefined) parts.push(options.extra.html);
  parts.push(`<section id="outcomes">\n<h2>Outcomes by theme</h2>`);
  if (kind === "comparison") {
    parts.push(
      `<p class="note">Each cell: the mean over replications and the median replication (med); for a variant, below it, the difference from the base with its paired 95% interval (the variants ran on the same replications as the base, common random numbers). * the interval excludes 0. Shares are in %, their differences in percentage points. Hover a measure for its definition and result key.</p>`,
    );
  } else {
    parts.push(
      `<p class="note">Means over replications with 95% confidence intervals (Student t), the median replication, and the lowest and highest replication. Hover a measure for its definition and result key.</p>`,
    );
  }
  parts.push(themeTablesHtml(result, "key"));
  if (glossary.length > 0) {
    parts.push(
      `<details><summary>What these measures mean</summary><dl class="glossary">${glossary
        .map(([m, d]) => `<dt>${escapeHtml(metricLabel(m))} <code>${escapeHtml(m)}</code></dt><dd>${escapeHtml(d)}</dd>`)
        .join("")}</dl></details>`,
    );
  }
  if (allMetrics.length > keys.length) {
    parts.push(`<details class="all-metrics"><summary>All ${allMetrics.length} measures, with their result keys</summary>`);
    parts.push(themeTablesHtml(result, "all"));
    parts.push(`</details>`);
  }
  parts.push(`<p class="note">${escapeHtml(SHARE_INTERVAL_METHOD)}</p>`);
  parts.push(`</section>`);
  parts.push(`<section id="charts">\n<h2>Charts</h2>`);
  if (charts.length === 0) parts.push(`<p class="note">This result has none of the metrics the charts show.</p>`);
  if (!charts.some((c) => c.name === "backlog") && charts.length > 0) {
    parts.push(`<p class="note">No backlog chart: the result has no weekly series (run with keepSeries, or with --report on the command line).</p>`);
  }
  for (const chart of charts) parts.push(chartFigure(chart));
  parts.push(`</section>`);
  if (inside.length > 0) {
    parts.push(`<section id="inside">\n<h2>One run seen from inside</h2>`);
    parts.push(
      `<p class="note">Replication ${options.inside!.replication} of the first scenario, week by week, from its event trace: what the means above average over. Another replication would differ in detail, not in kind.</p>`,
    );
    for (const chart of inside) parts.push(chartFigure(chart));
    parts.push(`</section>`);
  }
  parts.push(`<section id="scenarios">\n<h2>${kind === "experiment" ? "The scenario in detail" : "The scenarios in detail"}</h2>`);
  parts.push(scenarioSection(result, kind, arms, options.descriptions ?? {}));
  parts.push(`</section>`);
  parts.push(`<footer>Made with caseflow, a discrete-event simulation of case handling. Results are computed from the true event record; “measured” figures are what the scenario's measurement regime recorded. Charts drawn with Vega-Lite.</footer>
</main>`);
  parts.push(reportPageScripts([...extraCharts, ...charts, ...inside]));
  return parts.join("\n");
}

function defaultTitle(result: AnyResult, arms: readonly ReportArm[]): string {
  const kind = resultKind(result);
  if (kind === "experiment") return `caseflow: ${arms[0]!.label}`;
  if (kind === "comparison")
    return `caseflow: ${arms
      .slice(1)
      .map((a) => a.label)
      .join(", ")} against ${arms[0]!.label}`;
  return `caseflow: sweep over ${(result as SweepResult<unknown>).parameters.join(", ")}`;
}

function subtitle(result: AnyResult, kind: string): string {
  const r = result as { model: string; rootSeed: number | string; replications: number[] };
  const reps = `${r.replications.length} replication${r.replications.length === 1 ? "" : "s"}`;
  if (kind === "comparison") {
    const n = Object.keys((result as ComparisonResult<unknown>).variants).length;
    return `Comparison of ${n} variant${n === 1 ? "" : "s"} with a base · model "${r.model}" · ${reps} each, paired · root seed ${String(r.rootSeed)}`;
  }
  if (kind === "sweep") {
    const s = result as SweepResult<unknown>;
    return `Sweep of ${s.points.length} points · model "${r.model}" · ${reps} per point · root seed ${String(r.rootSeed)}`;
  }
  const e = result as ExperimentResult<unknown>;
  const shard = e.shard === undefined ? "" : ` · shard ${e.shard.index}/${e.shard.count}`;
  return `Model "${r.model}" · ${reps} · root seed ${String(r.rootSeed)}${shard}`;
}

function scenarioSection(result: AnyResult, kind: string, arms: readonly ReportArm[], descriptions: Record<string, string>): string {
  const facts = (arm: ReportArm): string[] => {
    const r = arm.result;
    const lines = scenarioLines(r.scenario, { model: r.model, replications: r.replications.length, rootSeed: r.rootSeed });
    const extra = descriptions[arm.label];
    return extra === undefined ? lines : [extra, ...lines];
  };
  const list = (lines: readonly string[]): string => `<ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>`;
  const out: string[] = [];
  if (kind === "sweep") {
    const s = result as SweepResult<unknown>;
    out.push(`<div class="scenario"><h3>Base scenario <span class="role">(shown at point 0; swept settings vary)</span></h3>${list(facts(arms[0]!))}</div>`);
    const swept = s.parameters.map((p) => {
      const values: string[] = [];
      for (const point of s.points) {
        const v = shortValue(point.parameters[p]);
        if (!values.includes(v)) values.push(v);
      }
      return `${p}: ${values.join(", ")}`;
    });
    out.push(`<div class="scenario"><h3>Swept settings</h3>${list(swept)}</div>`);
    return out.join("\n");
  }
  const base = arms[0]!;
  for (const arm of arms) {
    const role = arm.role === "base" ? ' <span class="role">(base)</span>' : arm.role === "variant" ? ' <span class="role">(variant)</span>' : "";
    let body = list(facts(arm));
    if (arm.role === "variant") {
      const diff = scenarioDifferences(base.result.scenario, arm.result.scenario);
      body += diff.length === 0 ? `<p class="note">Same settings as the base.</p>` : `<p class="note">Settings changed from the base:</p>${list(diff)}`;
    }
    out.push(`<div class="scenario"><h3>${escapeHtml(arm.label)}${role}</h3>${body}</div>`);
  }
  return out.join("\n");
}

function chartFigure(chart: ReportChart): string {
  return `<figure><h3>${escapeHtml(chart.title)}</h3><div class="chart" data-chart="${escapeHtml(chart.name)}"></div><figcaption>${escapeHtml(chart.caption)}</figcaption></figure>`;
}

/** The model id of a result (of its first arm). */
function modelOf(result: AnyResult): string | undefined {
  return reportArms(result)[0]?.result.model;
}
