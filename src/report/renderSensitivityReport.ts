/*
 * The HTML report of a sensitivity analysis or a regime map: what was varied
 * and how, the ranked tables, and the charts (μ*–σ plane, Sobol indices with
 * intervals, or the regime heat map), self-contained like the other reports
 * so the page opens offline.
 */
import type { RegimeMapResult, SensitivityResult } from "../experiment";
import { escapeHtml, scriptJSON, scriptSource } from "./escapeHtml";
import { morrisChart } from "./morrisChart";
import type { ReportChart } from "./ReportChart";
import { regimeMapChart } from "./regimeMapChart";
import { REPORT_STYLES } from "./reportStyles";
import { regimeMapTable, sensitivityTables } from "./sensitivityTables";
import { sobolChart } from "./sobolChart";
import type { TextTable } from "./TextTable";
import { vegaScripts } from "./vegaScripts";

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
  const scripts = vegaScripts();
  const parts: string[] = [];
  parts.push(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="caseflow">
<title>${escapeHtml(heading)}</title>
<style>${REPORT_STYLES}</style>
</head>
<body>
<main>
<header>
<h1>${escapeHtml(heading)}</h1>
<p class="sub">${escapeHtml(subtitle(result))}</p>
</header>`);
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
  parts.push(`<script type="application/json" id="caseflow-charts">${scriptJSON(charts.map((c) => ({ name: c.name, spec: c.spec })))}</script>`);
  parts.push(`<script>${scriptSource(scripts.vega)}</script>`);
  parts.push(`<script>${scriptSource(scripts.vegaLite)}</script>`);
  parts.push(`<script>${scriptSource(scripts.vegaEmbed)}</script>`);
  parts.push(`<script>${RENDER}</script>\n</body>\n</html>\n`);
  return parts.join("\n");
}

const RENDER = `
(function () {
  "use strict";
  var charts = JSON.parse(document.getElementById("caseflow-charts").textContent);
  var jobs = charts.map(function (c) {
    return vegaEmbed(document.querySelector('.chart[data-chart="' + c.name + '"]'), c.spec, { mode: "vega-lite", actions: false, renderer: "svg" });
  });
  Promise.all(jobs).then(
    function () { document.body.dataset.chartsRendered = String(jobs.length); },
    function (err) { document.body.dataset.chartsFailed = String((err && err.message) || err); console.error(err); }
  );
})();
`;

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
