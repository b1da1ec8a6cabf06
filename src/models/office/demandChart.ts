/*
 * Failure demand against value demand: citizen contacts per claim, split by
 * reason, value demand (real questions, proactive calls) in blues and failure
 * demand (chasing, "who has my case?", unclear letters, …) in reds.
 */
import { FAILURE_REASONS, type ContactReason } from "../../casework";
import type { ReportArm } from "../../report/reportArms";
import type { ReportChart } from "../../report/ReportChart";
import { stackedIntervals } from "../../report/stackedIntervals";

const ORDER = ["claim-question", "proactive", "chasing", "who-has-my-case", "unclear-letter", "asked-again", "repeat-call", "reconsideration"];
const VALUE_COLOURS = ["#4c78a8", "#9ecae9", "#2f5d8a", "#72b7b2"];
const FAILURE_COLOURS = ["#e45756", "#f58518", "#b5474b", "#ff9d98", "#fdae6b", "#9d755d", "#d6616b"];
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
  const ordered = [...ORDER.filter((r) => reasons.has(r)), ...[...reasons].filter((r) => !ORDER.includes(r)).sort()];
  const label = (r: string): string => `${isFailure(r) ? "failure" : "value"}: ${r.replace(/-/g, " ")}`;
  const valueReasons = ordered.filter((r) => !isFailure(r));
  const failureReasons = ordered.filter(isFailure);
  const domain = [...valueReasons, ...failureReasons].map(label);
  const range = [
    ...valueReasons.map((_, i) => VALUE_COLOURS[i % VALUE_COLOURS.length]!),
    ...failureReasons.map((_, i) => FAILURE_COLOURS[i % FAILURE_COLOURS.length]!),
  ];
  const values: Array<Record<string, unknown>> = [];
  for (const arm of arms) {
    const records = arm.result.records.filter((r) => (r["arrived"] ?? 0) > 0);
    const perClaim = (r: Record<string, number>, reason: string): number => (r[PREFIX + reason] ?? 0) / r["arrived"]!;
    for (const e of stackedIntervals(records, ordered, perClaim, [0, Infinity])) {
      values.push({ arm: arm.label, reason: label(e.part), demand: isFailure(e.part) ? "failure" : "value", perClaim: e.mean, order: domain.indexOf(label(e.part)), lower: e.lower, upper: e.upper });
    }
  }
  if (values.length === 0) return undefined;
  const y = { field: "arm", type: "nominal", sort: arms.map((a) => a.label), title: null, axis: { labelLimit: 160 } };
  return {
    name: "demand",
    title: "Failure demand and value demand",
    caption:
      "Citizen contacts per claim arrived, by reason: value demand (blues) is what the service exists for; failure demand (reds) is caused by not doing something, or not doing it right, the first time. Means over replications; black whiskers: the 95% interval of where each segment ends (the running total up to it, from the replications).",
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
        { mark: { type: "errorbar", ticks: { size: 8, color: "#222" }, color: "#222" }, encoding: { y, x: { field: "lower", type: "quantitative", title: "contacts per claim" }, x2: { field: "upper" } } },
      ],
    },
  };
}

function isFailure(reason: string): boolean {
  return FAILURE_REASONS.has(reason as ContactReason);
}
