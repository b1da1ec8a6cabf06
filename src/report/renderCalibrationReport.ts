/*
 * The HTML report of a calibration: the usual report of the fitted scenario's
 * confirmation run, opened by a calibration section — what was fitted to which
 * figures, the fitted settings, the model against every observed figure (table
 * and chart), and the warnings.
 */
import type { CalibrationResult } from "../experiment";
import { calibrationChart } from "./calibrationChart";
import { calibrationTables } from "./calibrationTables";
import { escapeHtml } from "./escapeHtml";
import { renderReport } from "./renderReport";
import type { TextTable } from "./TextTable";

/**
 * One self-contained HTML page for `result` (see {@link renderReport}): the
 * calibration section first, then the confirmation run's scenario, outcomes
 * and charts.
 *
 * @param title - page title @defaultValue "caseflow: calibration of <scenario name>"
 */
export function renderCalibrationReport(result: CalibrationResult<unknown>, title?: string): string {
  const name = (result.scenario as { name?: unknown } | null)?.name;
  const chart = calibrationChart(result);
  const parts: string[] = [];
  parts.push(`<section id="calibration">\n<h2>Calibration</h2>`);
  const about = result.observed.description === undefined ? "" : ` — ${result.observed.description}`;
  const period = result.observed.period === undefined ? "" : ` — covering ${result.observed.period.from} to ${result.observed.period.to}`;
  parts.push(
    `<p class="note">${escapeHtml(
      `Fitted ${result.parameters.length} setting${result.parameters.length === 1 ? "" : "s"} to ${result.residuals.length} observed figure${result.residuals.length === 1 ? "" : "s"}${about}${period}. ` +
        `Every candidate ran the same ${result.replications.length} replications (root seed ${String(result.rootSeed)}, common random numbers); ` +
        `loss = Σ ((model mean − observed) / tolerance)².`,
    )}</p>`,
  );
  for (const t of calibrationTables(result)) parts.push(simpleTable(t));
  if (result.warnings.length > 0) {
    parts.push(`<h3>Warnings</h3><ul>${result.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join("")}</ul>`);
  }
  parts.push(
    `<figure><h3>${escapeHtml(chart.title)}</h3><div class="chart" data-chart="${escapeHtml(chart.name)}"></div><figcaption>${escapeHtml(chart.caption)}</figcaption></figure>`,
  );
  parts.push(`</section>`);
  return renderReport(result.confirmation, {
    title: title ?? `caseflow: calibration of ${typeof name === "string" ? name : "scenario"}`,
    extra: { html: parts.join("\n"), charts: [chart] },
  });
}

function simpleTable(t: TextTable): string {
  const head = t.columns.map((c, k) => `<th${t.align[k] === "right" ? ' class="num"' : ""}>${escapeHtml(c)}</th>`).join("");
  const body = t.rows
    .map((row) => `<tr>${row.map((cell, k) => `<td${t.align[k] === "right" ? ' class="num"' : ""}>${escapeHtml(cell)}</td>`).join("")}</tr>`)
    .join("");
  const title = t.title === undefined ? "" : `<h3>${escapeHtml(t.title)}</h3>`;
  const note = t.note === undefined ? "" : `<p class="note">${escapeHtml(t.note)}</p>`;
  return `${title}<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>${note}`;
}
