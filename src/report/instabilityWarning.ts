/*
 * The warning box for replications that ran away (see
 * runawayReplications): which ones, in which scenario, the key figures with
 * and without them, and why they stay in the means.
 */
import type { ComparisonResult } from "../experiment";
import { pairedDifference, confidenceInterval } from "../stats";
import { escapeHtml } from "./escapeHtml";
import { formatMetricValue } from "./formatMetricValue";
import { metricLabel } from "./metricInfo";
import { reportArms } from "./reportArms";
import { resultKind, type AnyResult } from "./resultKind";
import { runawayReplications } from "./runawayReplications";

/** Figures shown with and without the runaway replications. */
const FIGURES = ["leadTimeDays.mean", "leadTimeDays.p90", "backlogMean", "decisionsPerWeek"];

/** The warning's HTML, or "" when no replication ran away. */
export function instabilityWarning(result: AnyResult): string {
  const kind = resultKind(result);
  const arms = reportArms(result);
  const flagged = arms.map((arm) => ({ arm, runaway: runawayReplications(arm.result) })).filter((x) => x.runaway.length > 0);
  if (flagged.length === 0) return "";
  const items = flagged.map(({ arm, runaway }) => {
    const reps = runaway.map((r) => `replication ${r.replication} (${r.reasons.join(", ")}${leadText(arm.result.records[r.position]!)})`);
    return `<li><strong>${escapeHtml(arm.label)}</strong>: ${runaway.length} of ${arm.result.replications.length} — ${escapeHtml(reps.join("; "))}</li>`;
  });
  // Figures without them: in a comparison every arm loses the same replications, so pairs stay pairs.
  const drop = new Set(flagged.flatMap((f) => f.runaway.map((r) => r.replication)));
  const figures = FIGURES.filter((m) => arms[0]!.result.summary[m] !== undefined);
  const rows = arms.map((arm) => {
    const keep = arm.result.records.filter((_, k) => !drop.has(arm.result.replications[k]!));
    const cells = figures.map((m) => {
      const all = arm.result.summary[m]!;
      const xs = keep.map((r) => r[m]!).filter(Number.isFinite);
      const without = xs.length > 0 ? confidenceInterval(xs) : undefined;
      const f = (x: number): string => formatMetricValue(m, x, { halfWidth: all.halfWidth });
      return `<td class="num">${f(all.mean)}</td><td class="num">${without === undefined ? "–" : f(without.mean)}</td>`;
    });
    return `<tr><th scope="row">${escapeHtml(arm.label)}</th>${cells.join("")}</tr>`;
  });
  const head1 = `<tr><th rowspan="2">Scenario</th>${figures.map((m) => `<th colspan="2" class="num">${escapeHtml(metricLabel(m))}</th>`).join("")}</tr>`;
  const head2 = `<tr>${figures.map(() => `<th class="num">all</th><th class="num">without</th>`).join("")}</tr>`;
  let pairedNote = "";
  if (kind === "comparison") pairedNote = pairedWithout(result as ComparisonResult<unknown>, drop);
  return `<div class="warning" role="note" id="instability">
<h3>Some replications ran away</h3>
<p>In these replications the office could not keep up: the backlog kept growing through the measured period, and lead times stretched far beyond the other replications.</p>
<ul>${items.join("")}</ul>
<p>The means in this report include them. Without replication${drop.size === 1 ? "" : "s"} ${escapeHtml([...drop].sort((a, b) => a - b).join(", "))} (removed from every scenario, so comparisons stay paired):</p>
<div class="table-wrap"><table class="outcomes compact"><thead>${head1}${head2}</thead><tbody>${rows.join("\n")}</tbody></table></div>
${pairedNote}
<p class="note">Why they are not dropped by default: they are outcomes of the same scenario under other, equally likely random draws. An office running this close to its capacity sometimes tips over, and that risk is part of the result; leaving such runs out would make the scenario look calmer and more predictable than it is. Read the medians (med) in the tables for the typical replication, and the means for the expected outcome including the risk.</p>
</div>`;
}

function leadText(record: Record<string, number>): string {
  const x = record["leadTimeDays.mean"];
  return x === undefined || !Number.isFinite(x) ? "" : `, mean lead time ${x.toFixed(1)} days`;
}

function pairedWithout(c: ComparisonResult<unknown>, drop: ReadonlySet<number>): string {
  const m = "leadTimeDays.mean";
  const keep = c.replications.map((r, k) => (drop.has(r) ? -1 : k)).filter((k) => k >= 0);
  if (keep.length < 2 || c.base.summary[m] === undefined) return "";
  const lines: string[] = [];
  for (const [name, variant] of Object.entries(c.variants)) {
    const a = keep.map((k) => c.base.records[k]![m]!);
    const b = keep.map((k) => variant.records[k]![m]!);
    if (!a.every(Number.isFinite) || !b.every(Number.isFinite)) continue;
    const d = pairedDifference(a, b);
    const all = c.comparisons[name]?.[m]?.difference;
    if (all === undefined) continue;
    const hw = Math.min(all.halfWidth, d.halfWidth);
    const f = (x: number): string => formatMetricValue(m, x, { halfWidth: hw, signed: true });
    lines.push(
      `${escapeHtml(name)}: ${f(all.mean)} days with all replications (95% CI ${f(all.lower)} to ${f(all.upper)}), ${f(d.mean)} days without them (95% CI ${f(d.lower)} to ${f(d.upper)})`,
    );
  }
  return lines.length === 0 ? "" : `<p>Difference in mean lead time from the base:</p><ul>${lines.map((l) => `<li>${l}</li>`).join("")}</ul>`;
}
