/*
 * Failure demand against value demand: contacts per claim, split by reason,
 * citizens' value demand (real questions) in blues, failure demand (chasing,
 * "who has my case?", unclear letters, …) in reds, and the office's own
 * proactive calls, which are not demand, in green between them.
 */
import { contactLabel, contactLegend, demandOfReason } from "./contactLegend";
import type { ReportArm } from "../../report/reportArms";
import type { ReportChart } from "../../report/ReportChart";
import { stackedIntervals } from "../../report/stackedIntervals";

const PREFIX = "contactsByReason.";

/**
 * The demand chart, or undefined when no arm reports contacts by reason and
 * claims arrived. Each bar segment is the mean over replications of
 * (contacts of that reason ÷ claims arrived in the window).
 */
export function demandChart(arms: readonly ReportArm[]): ReportChart | undefined {
  const reasons = new Set<string>();
  for (const arm of arms) for (const m of Object.keys(arm.result.summary)) if (m.startsWith(PREFIX)) reasons.add(m.slice(PREFIX.length));
  if (reasons.size === 0) return undefined;
  const { ordered, domain, range } = contactLegend(reasons);
  const values: Array<Record<string, unknown>> = [];
  for (const arm of arms) {
    const records = arm.result.records.filter((r) => (r["arrived"] ?? 0) > 0);
    const perClaim = (r: Record<string, number>, reason: string): number => (r[PREFIX + reason] ?? 0) / r["arrived"]!;
    for (const e of stackedIntervals(records, ordered, perClaim, [0, Infinity])) {
      values.push({
        arm: arm.label,
        reason: contactLabel(e.part),
        demand: demandOfReason(e.part),
        perClaim: e.mean,
        order: domain.indexOf(contactLabel(e.part)),
        lower: e.lower,
        upper: e.upper,
      });
    }
  }
  if (values.length === 0) return undefined;
  const y = { field: "arm", type: "nominal", sort: arms.map((a) => a.label), title: null, axis: { labelLimit: 160 } };
  return {
    name: "demand",
    title: "Failure demand and value demand",
    caption:
      "Contacts per claim arrived, by reason: citizens' value demand (blues) is what the service exists for; failure demand (reds) is caused by not doing something, or not doing it right, the first time; calls the office made itself (proactive calls, green) are not demand and do not count in the failure-demand share. Means over replications; black whiskers: the 95% interval of where each segment ends (the running total up to it, from the replications).",
    spec: {
      data: { values },
      width: 760,
      height: { step: 34 },
      layer: [
        {
          mark: { type: "bar", tooltip: true },
          encoding: {
            y,
            x: { field: "perClaim", type: "quantitative", stack: "zero", title: "contacts per claim" },
            color: { field: "reason", type: "nominal", scale: { domain, range }, title: "reason", legend: { orient: "bottom", columns: 3 } },
            order: { field: "order", type: "quantitative" },
          },
        },
        {
          mark: { type: "errorbar", ticks: { size: 8, color: "#222" }, color: "#222" },
          encoding: { y, x: { field: "lower", type: "quantitative", title: "contacts per claim" }, x2: { field: "upper" } },
        },
      ],
    },
  };
}
