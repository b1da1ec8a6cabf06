/*
 * The spread across replications for the key measures: one dot per
 * replication and scenario, the median as a black tick, replications that ran
 * away in red. It shows what a mean and its interval hide: whether the
 * scenarios overlap, and whether a mean is pulled by a few wild runs.
 */

import { displayScale } from "./formatMetricValue";
import { modelMetrics } from "./keyMetricsOf";
import { metricLabel } from "./metricInfo";
import type { ReportArm } from "./reportArms";
import type { ReportChart } from "./ReportChart";
import { runawayReplications } from "./runawayReplications";

/**
 * The spread chart of the model's spread metrics (ModelReport.spreadMetrics),
 * or undefined when no arm has any of them or only one replication.
 */
export function spreadChart(arms: readonly ReportArm[]): ReportChart | undefined {
  const available = [...new Set(arms.flatMap((a) => Object.keys(a.result.summary)))];
  const metrics = modelMetrics("spreadMetrics", available, arms[0]?.result.model);
  if (metrics.length === 0 || arms.every((a) => a.result.records.length < 2)) return undefined;
  const values: Array<Record<string, unknown>> = [];
  for (const arm of arms) {
    const wild = new Set(runawayReplications(arm.result).map((r) => r.position));
    arm.result.records.forEach((record, k) => {
      for (const m of metrics) {
        const v = record[m];
        if (v === undefined || !Number.isFinite(v)) continue;
        values.push({
          measure: metricLabel(m),
          arm: arm.label,
          value: v * displayScale(m),
          replication: arm.result.replications[k],
          kind: wild.has(k) ? "ran away" : "replication",
        });
      }
    });
  }
  const armLabels = arms.map((a) => a.label);
  const y = { field: "arm", type: "nominal", sort: armLabels, title: null, axis: { labelLimit: 130 } };
  const rowHeight = Math.max(16, Math.min(26, Math.floor(150 / arms.length)));
  return {
    name: "spread",
    title: "How much the replications vary",
    caption:
      "Each dot is one replication (the same random draws in every scenario); the black tick is the median replication. Red dots are replications that ran away (the backlog kept growing). Where the dots of two scenarios overlap, a single run could not tell them apart; the means and intervals in the tables summarise these dots.",
    spec: {
      data: { values },
      facet: {
        field: "measure",
        type: "nominal",
        sort: metrics.map(metricLabel),
        title: null,
        header: { labelFontSize: 12, labelAnchor: "start", labelLimit: 440 },
      },
      columns: 2,
      spacing: { row: 14, column: 24 },
      spec: {
        width: 350,
        height: { step: rowHeight },
        layer: [
          {
            mark: { type: "point", filled: true, size: 34, opacity: 0.65 },
            encoding: {
              y,
              x: { field: "value", type: "quantitative", title: null, scale: { zero: false, nice: true } },
              color: {
                field: "kind",
                type: "nominal",
                scale: { domain: ["replication", "ran away"], range: ["#4c78a8", "#c0392b"] },
                title: null,
                legend: { orient: "bottom" },
              },
              tooltip: [{ field: "arm", title: "scenario" }, { field: "replication" }, { field: "value", format: ".3~f" }, { field: "kind", title: "" }],
            },
          },
          {
            mark: { type: "tick", color: "#111", thickness: 2, size: rowHeight - 2 },
            encoding: { y, x: { field: "value", aggregate: "median", type: "quantitative" } },
          },
        ],
      },
      resolve: { scale: { x: "independent" } },
    },
  };
}
