/*
 * The office model's metrics glossary as the README shows it: one Markdown row
 * per metric or family of metrics, read from the office's one metric table, so
 * the README cannot drift from the labels the report and the command line use.
 */
import { OFFICE_METRIC_GROUPS, type MetricGroup } from "./metricTable";

/**
 * The office metrics glossary as a Markdown table (key, unit, which way is
 * better, meaning), one row per metric or family of metrics, in the metric
 * table's order; the README's glossary is this text (a test checks it).
 */
export function metricGlossaryMarkdown(): string {
  const unit = (u: MetricGroup["unit"]): string => (u === "share" ? "share 0–1" : u === "flag" ? "0 or 1" : u);
  const better = (b: MetricGroup["better"]): string => (b === "neither" ? "—" : b);
  const cell = (text: string): string => text.replace(/\|/g, "\\|");
  const lines = ["| key | unit | better | meaning |", "|---|---|---|---|"];
  for (const g of OFFICE_METRIC_GROUPS) lines.push(`| \`${g.key}\` | ${unit(g.unit)} | ${better(g.better)} | ${cell(g.description)} |`);
  return lines.join("\n") + "\n";
}
