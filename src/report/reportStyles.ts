/*
 * The report's style sheet: readable type, compact tables with numbers
 * right-aligned, charts in simple frames; it prints on paper too.
 */

/** CSS of the HTML report. */
export const REPORT_STYLES = `
:root { color-scheme: light; --ink: #1d232a; --muted: #5b6570; --rule: #d9dee3; --band: #f4f6f8; --accent: #2f5d8a; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 1180px; margin: 0 auto; padding: 28px 32px 48px; }
header { border-bottom: 3px solid var(--accent); margin-bottom: 18px; padding-bottom: 8px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 30px 0 10px; border-bottom: 1px solid var(--rule); padding-bottom: 4px; }
h3 { font-size: 16px; margin: 18px 0 6px; }
.sub, .note, figcaption, footer { color: var(--muted); font-size: 13px; }
.scenario { background: var(--band); border-radius: 6px; padding: 8px 16px 10px; margin: 10px 0; }
.scenario ul { margin: 4px 0; padding-left: 20px; }
.scenario .role { color: var(--muted); font-weight: normal; font-size: 13px; }
table { border-collapse: collapse; margin: 6px 0 4px; font-size: 13.5px; font-variant-numeric: tabular-nums; }
caption { caption-side: top; text-align: left; font-weight: 600; padding: 4px 0; }
th, td { padding: 3px 10px; border-bottom: 1px solid var(--rule); white-space: nowrap; }
th { background: var(--band); text-align: left; font-weight: 600; }
td.num, th.num { text-align: right; }
td.metric { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; }
td.sig { color: #b5474b; font-weight: 700; text-align: center; }
tbody tr:nth-child(even) td { background: #fafbfc; }
.table-wrap { overflow-x: auto; }
details { margin: 10px 0; }
summary { cursor: pointer; color: var(--accent); }
dl.glossary { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; font-size: 13px; }
dl.glossary dt { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
dl.glossary dd { margin: 0; color: var(--muted); }
figure { margin: 18px 0 26px; padding: 12px 16px; border: 1px solid var(--rule); border-radius: 6px; overflow-x: auto; }
figure h3 { margin-top: 0; }
.chart { min-height: 40px; }
footer { border-top: 1px solid var(--rule); margin-top: 30px; padding-top: 10px; }
@media print { main { padding: 0; } figure { break-inside: avoid; } details { display: block; } }
`;
