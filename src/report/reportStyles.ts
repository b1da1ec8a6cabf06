/*
 * The report's style sheet: readable type, a content column of at most
 * 1100 px, compact tables with numbers right-aligned and cells coloured by
 * verdict (better, worse, no clear difference), charts that never overflow
 * their frame, and a print sheet that fits every table column and chart on
 * an A4 page.
 */

/** Width of the report's content column in CSS pixels; charts are sized to fit it. */
export const REPORT_COLUMN_PX = 1100;

/** CSS of the HTML report. @internal */
export const REPORT_STYLES = `
:root { color-scheme: light; --ink: #1d232a; --muted: #5b6570; --rule: #d9dee3; --band: #f4f6f8; --accent: #2f5d8a;
  --better: #e3f1e0; --better-ink: #2d6a26; --worse: #fbe3e1; --worse-ink: #a2302c; --unclear: #f1f2f4; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
main { max-width: ${REPORT_COLUMN_PX + 64}px; margin: 0 auto; padding: 28px 32px 48px; }
header { border-bottom: 3px solid var(--accent); margin-bottom: 18px; padding-bottom: 8px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 30px 0 10px; border-bottom: 1px solid var(--rule); padding-bottom: 4px; }
h3 { font-size: 16px; margin: 18px 0 6px; }
h3.theme { margin-top: 22px; color: var(--accent); }
p.lead { font-size: 16px; max-width: 72em; }
ul.headlines { padding-left: 20px; max-width: 72em; }
ul.headlines li { margin: 6px 0; }
.sub, .note, figcaption, footer { color: var(--muted); font-size: 13px; }
.scenario { background: var(--band); border-radius: 6px; padding: 8px 16px 10px; margin: 10px 0; }
.scenario ul { margin: 4px 0; padding-left: 20px; }
.role { color: var(--muted); font-weight: normal; font-size: 12px; }
table { border-collapse: collapse; margin: 6px 0 4px; font-size: 13.5px; font-variant-numeric: tabular-nums; }
caption { caption-side: top; text-align: left; font-weight: 600; padding: 4px 0; }
th, td { padding: 3px 9px; border-bottom: 1px solid var(--rule); vertical-align: top; }
thead th { background: var(--band); text-align: left; font-weight: 600; vertical-align: bottom; }
th.num, td.num { text-align: right; }
th.arm { max-width: 150px; }
th.metric { text-align: left; font-weight: normal; max-width: 300px; cursor: help; }
td.key code { font-size: 11.5px; color: var(--muted); }
td .med { color: var(--muted); font-size: 12px; white-space: nowrap; }
td .level { white-space: nowrap; }
td .diff { font-size: 12.5px; white-space: nowrap; }
td .ci { color: var(--muted); font-size: 12px; white-space: nowrap; }
td.better { background: var(--better); } td.better .diff { color: var(--better-ink); font-weight: 600; }
td.worse { background: var(--worse); } td.worse .diff { color: var(--worse-ink); font-weight: 600; }
td.different .diff { font-weight: 600; }
.swatch { display: inline-block; width: 12px; height: 12px; border: 1px solid var(--rule); vertical-align: -1px; margin-left: 6px; }
.swatch.better { background: var(--better); } .swatch.worse { background: var(--worse); } .swatch.unclear { background: var(--unclear); }
.table-wrap { overflow-x: auto; max-width: 100%; }
table.compact { font-size: 12.5px; }
table.outcomes { width: 100%; }
table.outcomes th.metric { width: 30%; }
.warning { border: 1px solid #d9a441; border-left: 6px solid #d9a441; background: #fff8e6; border-radius: 6px; padding: 6px 16px 10px; margin: 16px 0; }
.warning h3 { margin-top: 8px; color: #7a5200; }
details { margin: 10px 0; }
summary { cursor: pointer; color: var(--accent); }
dl.glossary { display: grid; grid-template-columns: minmax(0, 22em) minmax(0, 1fr); gap: 2px 16px; font-size: 13px; }
dl.glossary dt code { font-size: 11px; color: var(--muted); }
dl.glossary dd { margin: 0; color: var(--muted); }
figure { margin: 18px 0 26px; padding: 12px 16px; border: 1px solid var(--rule); border-radius: 6px; max-width: 100%; }
figure h3 { margin-top: 0; }
.chart { min-height: 40px; max-width: 100%; }
.chart svg { max-width: 100%; height: auto; }
footer { border-top: 1px solid var(--rule); margin-top: 30px; padding-top: 10px; }
@page { size: A4; margin: 12mm 10mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  h3 { break-after: avoid; }
  table { font-size: 7.5pt; width: 100%; }
  th, td { padding: 1px 3px; }
  th.metric { max-width: 42mm; }
  th.arm { max-width: 26mm; }
  td .med, td .ci, td .diff { font-size: 6.5pt; white-space: normal; }
  td .level { white-space: normal; }
  .table-wrap { overflow: visible; }
  tr, figure, .warning { break-inside: avoid; }
  figure { padding: 4px; border: none; }
  .chart svg { width: 100% !important; height: auto !important; }
  td.better, td.worse { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
