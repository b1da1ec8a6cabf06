/*
 * The HTML report of a sensitivity analysis or a regime map: what was varied
 * and how, the ranked tables, and the charts (μ*–σ plane, Sobol indices with
 * intervals, or the regime heat map), self-contained like the other reports
 * so the page opens offline.
 */
import type { RegimeMapResult, SensitivityResult } from "../experiment";
import { escapeHtml } from "./escapeHtml";
import { reportPageHead, reportPageScripts } from "./reportPage";
import { morrisChart } from "./morrisChart";
import type { ReportChart } from "./ReportChart";
import { regimeMapChart } from "./regimeMapChart";
import { regimeMapTable, sensitivityTables } from "./sensitivityTables";
import { sobolChart } from "./sobolChart";
import type { TextTable } from "./TextTable";

/** The charts of a sensitivity result or regime map. */
export function sensitivityCharts(result: SensitivityResult<unknown> | RegimeMapResult<unknown>): ReportChart[] {
  if (result.kind === "regimeMap") return [regimeMapChart(result)];
  return [morrisChart(result), sobolChart(result)].filter((c): c is ReportChart => c !== undefined);
}

/**
 * One self-contained HTML page showing a sensitivity result (from
 * `sensitivity`) or a regime map (from `regimeMap`). Same result, same page.
 *
 * @param title - page title @defaultValue a description of the analysis
 */
export function renderSensitivityReport(result: SensitivityResult<unknown> | RegimeMapResult<unknown>, title?: string): string {
  const charts = sensitivityCharts(result);
  const tables: TextTable[] = result.kind === "regimeMap" ? [regimeMapTable(result)] : sensitivityTables(result);
  const heading =
    title ??
    (result.kind === "regimeMap"
      ? `caseflow: where ${result.variantName} or ${result.baseName} is better on ${result.metric}`
      : `caseflow: sensitivity of ${result.metrics.join(", ")} (${result.output})`);
  const parts: string[] = [];
  parts.push(reportPageHead(heading, subtitle(result)));
  if (result.kind === "sensitivity") {
    parts.push(`<section id="parameters">\n<h2>What was varied</h2><ul>`);
    for (const p of result.parameters) {
      const range =
        p.kind === "discrete"
          ? `one of ${p.values.map((v) => JSON.stringify(v)).join(", ")}`
          : `${p.kind === "logUniform" ? "log-uniform" : "uniform"} from ${p.lo} to ${p.hi}`;
      parts.push(`<li><code>${escapeHtml(p.path)}</code>: ${escapeHtml(range)}</li>`);
    }
    parts.push(`</ul></section>`);
  }
  parts.push(`<section id="outcomes">\n<h2>Results</h2>`);
  for (const t of tables) parts.push(htmlTable(t));
  parts.push(`</section>\n<section id="charts">\n<h2>Charts</h2>`);
  for (const c of charts) {
    parts.push(
      `<figure><h3>${escapeHtml(c.title)}</h3><div class="chart" data-chart="${escapeHtml(c.name)}"></div><figcaption>${escapeHtml(c.caption)}</figcaption></figure>`,
    );
  }
  parts.push(`</section>
<footer>Made with caseflow, a discrete-event simulation of case handling. Charts drawn with Vega-Lite.</footer>
</main>`);
  parts.push(reportPageScripts(charts));
  return parts.join("\n");
}

function subtitle(r: SensitivityResult<unknown> | RegimeMapResult<unknown>): string {
  if (r.kind === "regimeMap") {
    return `Model ${r.model}, root seed ${JSON.stringify(r.rootSeed)}, ${r.replications.length} paired replications in each of ${r.cells.length} cells.`;
  }
  return `Model ${r.model}, method ${r.method}, root seed ${JSON.stringify(r.rootSeed)}, ${r.points.length} design points × ${r.replications.length} replication(s)${r.variantName === undefined ? "" : `, output ${r.output} on common random numbers`}.`;
}

function htmlTable(t: TextTable): string {
  const head = t.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join("");
  const body = t.rows
    .map((row) => `<tr>${row.map((cell, k) => `<td${t.align[k] === "right" ? ' class="num"' : ""}>${escapeHtml(cell)}</td>`).join("")}</tr>`)
    .join("\n");
  const caption = t.title === undefined ? "" : `<caption>${escapeHtml(t.title)}</caption>`;
  const note = t.note === undefined ? "" : `<p class="note">${t.note.split("\n").map(escapeHtml).join("<br>")}</p>`;
  return `<div class="table-wrap"><table>${caption}<thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>${note}`;
}
