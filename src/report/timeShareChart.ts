/*
 * How staff time splits: stacked bars of the shares of available working time
 * spent on value work, failure demand, measurement, handovers, improvement and
 * idle, per scenario.
 */
import type { ReportArm } from "./reportArms";
import type { ReportChart } from "./ReportChart";

const CATEGORIES: ReadonlyArray<[key: string, label: string, colour: string]> = [
  ["value", "value work", "#54a24b"],
  ["failure", "failure demand", "#e45756"],
  ["measurement", "measurement and review", "#b279a2"],
  ["handoffs", "handovers and switching", "#f58518"],
  ["improvement", "improvement and collaboration", "#72b7b2"],
  ["idle", "idle", "#bab0ac"],
];

/** The time-split chart, or undefined when no arm reports `timeShare.*`. */
export function timeShareChart(arms: readonly ReportArm[]): ReportChart | undefined {
  const values: Array<Record<string, unknown>> = [];
  for (const arm of arms) {
    CATEGORIES.forEach(([key, label], order) => {
      const s = arm.result.summary[`timeShare.${key}`];
      if (s !== undefined && Number.isFinite(s.mean)) values.push({ arm: arm.label, use: label, share: s.mean, order });
    });
  }
  if (values.length === 0) return undefined;
  return {
    name: "time-split",
    title: "How staff time splits",
    caption: "Shares of available working time in the measurement window, means over replications.",
    spec: {
      data: { values },
      width: 560,
      height: { step: 30 },
      mark: { type: "bar", tooltip: true },
      encoding: {
        y: { field: "arm", type: "nominal", sort: arms.map((a) => a.label), title: null },
        x: { field: "share", type: "quantitative", stack: "zero", title: "share of working time", axis: { format: "%" } },
        color: {
          field: "use",
          type: "nominal",
          scale: { domain: CATEGORIES.map((c) => c[1]), range: CATEGORIES.map((c) => c[2]) },
          title: "time spent on",
        },
        order: { field: "order", type: "quantitative" },
      },
    },
  };
}
