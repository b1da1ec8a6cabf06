/*
 * The first screen of the report, for someone who will read nothing else:
 * what was compared, in one paragraph; the few headline differences as
 * sentences with their 95% intervals ("Teams decided claims 8.4 days sooner
 * on average (95% CI 3.6 to 13.2)"); a scoreboard of the headline measures,
 * coloured better, worse or no clear difference; and a warning when some
 * replications ran away.
 */
import type { ComparisonResult, ExperimentResult, MetricComparison, SweepResult } from "../experiment";
import { replicationSpread } from "./armStatistics";
import { boundedInterval, SHARE_INTERVAL_METHOD } from "./boundedInterval";
import { escapeHtml } from "./escapeHtml";
import { formatMetricValue } from "./formatMetricValue";
import { modelMetrics } from "./keyMetricsOf";
import { metricInfo, metricLabel } from "./metricInfo";
import { reportArms, type ReportArm } from "./reportArms";
import { resultKind, type AnyResult } from "./resultKind";
import { comparisonCell, judge, labelCell } from "./themeTables";
import { instabilityWarning } from "./instabilityWarning";

/** Most headline sentences per variant. */
const MAX_HEADLINES = 4;

/** The summary section's inner HTML for `result`. */
export function summaryHtml(result: AnyResult): string {
  const kind = resultKind(result);
  const arms = reportArms(result);
  const out: string[] = [];
  out.push(`<p class="lead">${escapeHtml(whatWasCompared(result, arms))}</p>`);
  const metrics = modelMetrics("headlineMetrics", Object.keys(arms[0]?.result.summary ?? {}), arms[0]?.result.model);
  if (kind === "comparison") {
    const c = result as ComparisonResult<unknown>;
    out.push(
      `<ul class="headlines">${arms
        .filter((a) => a.role === "variant")
        .map((a) => `<li>${headlineSentence(c, a.label, metrics, arms[0]!.label)}</li>`)
        .join("")}</ul>`,
    );
    if (metrics.length > 0) {
      const head = `<tr><th>Measure</th>${arms.map((a) => `<th class="num arm">${escapeHtml(a.label)}${a.role === "base" ? ' <span class="role">(base)</span>' : ""}</th>`).join("")}</tr>`;
      const body = metrics.map((m) => `<tr>${labelCell(m, false)}${arms.map((a) => comparisonCell(c, a, m)).join("")}</tr>`).join("\n");
      out.push(
        `<div class="table-wrap"><table class="outcomes scoreboard"><caption>Headline measures: mean and median (med) over replications; below, the difference from ${escapeHtml(arms[0]!.label)} with its paired 95% interval</caption><thead>${head}</thead><tbody>${body}</tbody></table></div>`,
      );
      out.push(
        `<p class="note legend"><span class="swatch better"></span> better than the base <span class="swatch worse"></span> worse <span class="swatch unclear"></span> no clear difference: the 95% interval includes 0 · * interval excludes 0 · hover a measure for its definition and result key. ${escapeHtml(SHARE_INTERVAL_METHOD)}</p>`,
      );
    }
  } else if (kind === "experiment") {
    const r = arms[0]!.result;
    out.push(`<ul class="headlines">${metrics.map((m) => `<li>${levelSentence(r, m)}</li>`).join("")}</ul>`);
  } else {
    out.push(`<ul class="headlines">${metrics.map((m) => `<li>${sweepSentence(result as SweepResult<unknown>, arms, m)}</li>`).join("")}</ul>`);
  }
  out.push(instabilityWarning(result));
  return out.join("\n");
}

function whatWasCompared(result: AnyResult, arms: readonly ReportArm[]): string {
  const kind = resultKind(result);
  const first = arms[0]!.result;
  const reps = first.replications.length;
  const run = runLength(first.scenario);
  const office = officeFacts(first.scenario);
  if (kind === "comparison") {
    const variants = arms.filter((a) => a.role === "variant").map((a) => `“${a.label}”`);
    return `${arms.length} ways of working were simulated on the same stream of claims${office}: “${arms[0]!.label}” (the base) against ${list(variants)}. Each ran ${reps} times with the same random draws (paired replications${run}), so the differences below compare like with like; the 95% intervals say how sure we are.`;
  }
  if (kind === "sweep") {
    const s = result as SweepResult<unknown>;
    return `One scenario${office} was run at ${s.points.length} settings of ${list(s.parameters)}, ${reps} replications each on the same random draws${run}.`;
  }
  return `One way of working, “${arms[0]!.label}”, was simulated${office}, ${reps} times${run}. Figures are means over the replications with 95% intervals, and the median replication.`;
}

function headlineSentence(c: ComparisonResult<unknown>, variant: string, metrics: readonly string[], base: string): string {
  const per = c.comparisons[variant] ?? {};
  const phrases: string[] = [];
  const unclear: string[] = [];
  for (const m of metrics) {
    const cmp = per[m];
    if (cmp === undefined) continue;
    if (judge(m, cmp) === "unclear") {
      unclear.push(metricInfo(m)?.label.toLowerCase() ?? m);
      continue;
    }
    if (phrases.length < MAX_HEADLINES) phrases.push(differencePhrase(m, cmp));
  }
  const who = `<strong>${escapeHtml(capitalise(variant))}</strong>`;
  let text =
    phrases.length > 0
      ? `${who}, against “${escapeHtml(base)}”, ${phrases.join("; ")}.`
      : `${who} showed no clear difference from “${escapeHtml(base)}” on the headline measures.`;
  if (phrases.length > 0 && unclear.length > 0) text += ` No clear difference in ${escapeHtml(list(unclear))}.`;
  return text;
}

/** "decided claims 8.4 days sooner on average (95% CI 3.6 to 13.2)" for a significant difference. */
export function differencePhrase(m: string, cmp: MetricComparison): string {
  const d = cmp.difference;
  const [lo, hi] = boundedInterval(m, d.lower, d.upper, true);
  const less = d.mean < 0;
  const magnitude = Math.abs(d.mean);
  const [a, b] = less ? [-hi, -lo] : [lo, hi];
  const opts = { halfWidth: d.halfWidth, difference: true };
  const info = metricInfo(m);
  // Phrases carry their own unit words ("{x} days sooner"); the generic one takes the unit from the table.
  const x = formatMetricValue(m, magnitude, { ...opts, withUnit: info?.phrase === undefined });
  const phrase =
    info?.phrase !== undefined ? (less ? info.phrase.less : info.phrase.more) : `had ${(info?.label ?? m).toLowerCase()} {x} ${less ? "lower" : "higher"}`;
  return `${escapeHtml(phrase.replace("{x}", x))} (95% CI ${formatMetricValue(m, a, opts)} to ${formatMetricValue(m, b, opts)})`;
}

function levelSentence(r: ExperimentResult<unknown>, m: string): string {
  const s = r.summary[m]!;
  const [lo, hi] = boundedInterval(m, s.lower, s.upper);
  const spread = replicationSpread(r, m);
  const f = (x: number, withUnit = false): string => formatMetricValue(m, x, { halfWidth: s.halfWidth, withUnit });
  const ci = Number.isFinite(lo) && Number.isFinite(hi) ? ` (95% CI ${f(lo)} to ${f(hi)})` : "";
  return `${escapeHtml(metricInfo(m)?.label ?? m)}: <strong>${escapeHtml(f(s.mean, true))}</strong>${escapeHtml(ci)}; median replication ${escapeHtml(f(spread.median, true))}.`;
}

function sweepSentence(s: SweepResult<unknown>, arms: readonly ReportArm[], m: string): string {
  let lo: ReportArm | undefined;
  let hi: ReportArm | undefined;
  for (const a of arms) {
    const v = a.result.summary[m]?.mean;
    if (v === undefined || !Number.isFinite(v)) continue;
    if (lo === undefined || v < lo.result.summary[m]!.mean) lo = a;
    if (hi === undefined || v > hi.result.summary[m]!.mean) hi = a;
  }
  void s;
  if (lo === undefined || hi === undefined) return escapeHtml(metricLabel(m));
  const f = (a: ReportArm): string => formatMetricValue(m, a.result.summary[m]!.mean, { halfWidth: a.result.summary[m]!.halfWidth, withUnit: true });
  return `${escapeHtml(metricInfo(m)?.label ?? m)} ranged from <strong>${escapeHtml(f(lo))}</strong> (at ${escapeHtml(lo.label)}) to <strong>${escapeHtml(f(hi))}</strong> (at ${escapeHtml(hi.label)}).`;
}

function runLength(scenario: unknown): string {
  const run = asObject(asObject(scenario)["run"]);
  const h = run["horizonDays"];
  const w = run["warmupDays"];
  if (typeof h !== "number" || typeof w !== "number") return "";
  const weeks = Math.round((h - w) / 7);
  return `, ${weeks} measured weeks each after ${Math.round(w / 7)} weeks of warm-up`;
}

function officeFacts(scenario: unknown): string {
  const office = asObject(asObject(scenario)["office"]);
  const units = office["units"];
  if (!Array.isArray(units)) return "";
  const staff = units.reduce<number>((a, u) => a + (typeof asObject(u)["handlers"] === "number" ? (asObject(u)["handlers"] as number) : 0), 0);
  const perWeek = asObject(asObject(office["world"])["demand"])["casesPerWeek"];
  const parts: string[] = [];
  if (staff > 0) parts.push(`${staff} staff`);
  if (typeof perWeek === "number") parts.push(`about ${perWeek} new sickness-benefit claims a week`);
  const start = typeof office["startDate"] === "string" ? ` from ${office["startDate"]}` : "";
  return parts.length > 0 ? ` (an office with ${parts.join(" and ")}${start})` : "";
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function asObject(v: unknown): Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
