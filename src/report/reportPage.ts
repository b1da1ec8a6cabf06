/*
 * The frame every HTML report page shares: the document head with the report's
 * styles, the page header with its title and subtitle, and at the end the chart
 * specifications with the Vega, Vega-Lite and Vega-Embed libraries inlined and
 * the script that draws every chart, so a page opens offline and says when its
 * charts have rendered (`data-charts-rendered` on the body) or failed
 * (`data-charts-failed`).
 */
import { escapeHtml, scriptJSON, scriptSource } from "./escapeHtml";
import type { ReportChart } from "./ReportChart";
import { REPORT_STYLES } from "./reportStyles";
import { vegaScripts } from "./vegaScripts";

/** From `<!doctype html>` to the end of the page header: `<main>` stays open for the page's sections. */
export function reportPageHead(title: string, subtitle: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="caseflow">
<title>${escapeHtml(title)}</title>
<style>${REPORT_STYLES}</style>
</head>
<body>
<main>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="sub">${escapeHtml(subtitle)}</p>
</header>`;
}

/** After `</main>`: the charts' specifications, the inlined libraries and the drawing script, then the end of the page. */
export function reportPageScripts(charts: ReadonlyArray<Pick<ReportChart, "name" | "spec">>): string {
  const scripts = vegaScripts();
  return [
    `<script type="application/json" id="caseflow-charts">${scriptJSON(charts.map((c) => ({ name: c.name, spec: c.spec })))}</script>`,
    `<script>${scriptSource(scripts.vega)}</script>`,
    `<script>${scriptSource(scripts.vegaLite)}</script>`,
    `<script>${scriptSource(scripts.vegaEmbed)}</script>`,
    `<script>${RENDER_SCRIPT}</script>`,
    `</body>\n</html>\n`,
  ].join("\n");
}

const RENDER_SCRIPT = `
(function () {
  "use strict";
  var charts = JSON.parse(document.getElementById("caseflow-charts").textContent);
  var jobs = charts.map(function (c) {
    var el = document.querySelector('.chart[data-chart="' + c.name + '"]');
    return vegaEmbed(el, c.spec, { mode: "vega-lite", actions: false, renderer: "svg" });
  });
  Promise.all(jobs).then(
    function () { document.body.dataset.chartsRendered = String(jobs.length); },
    function (err) { document.body.dataset.chartsFailed = String((err && err.message) || err); console.error(err); }
  );
})();
`;
