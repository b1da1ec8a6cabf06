/*
 * How staff time splits: stacked bars of the shares of available working time
 * spent on value work, failure demand, measurement, handovers, improvement and
 * idle, per scenario, on an axis that runs from 0 to 100% and no further,
 * with the 95% interval of where each segment ends.
 */
import { TIME_SHARE_LABELS } from "./metricTable";
import type { ReportArm } from "../../report/reportArms";
import type { ReportChart } from "../../report/ReportChart";
import { stackedIntervals } from "../../report/stackedIntervals";

const COLOURS: Record<string, string> = {
  value: "#54a24b",
  failure: "#e45756",
  measurement: "#b279a2",
  handoffs: "#f58518",
  improvement: "#72b7b2",
  idle: "#bab0ac",
};
/** The categories with their labels from the metric table, in its order. */
const CATEGORIES: ReadonlyArray<[key: string, label: string, colour: string]> = TIME_SHARE_LABELS.map(({ key, label }) => [
  key,
  label,
  COLOURS[key] ?? "#bab0ac",
]);

/** The time-split chart, or undefined when no arm reports `timeShare.*`. */
export function timeShareChart(arms: readonly ReportArm[]): ReportChart | undefined {
  const values: Array<Record<string, unknown>> = [];
  for (const arm of arms) {
    const present = CATEGORIES.filter(([key]) => arm.result.summary[`timeShare.${key}`] !== undefined);
    const ends = stackedIntervals(
      arm.result.records,
      present.map((c) => c[0]),
      (r, key) => r[`timeShare.${key}`],
      [0, 1],
    );
    ends.forEach((e) => {
      const order = CATEGORIES.findIndex((c) => c[0] === e.part);
      values.push({ arm: arm.label, use: CATEGORIES[order]![1], share: e.mean, order, end: e.end, lower: e.lower, upper: e.upper });
    });
  }
  if (values.length === 0) return undefined;
  const y = { field: "arm", type: "nominal", sort: arms.map((a) => a.label), title: null, axis: { labelLimit: 160 } };
  return {
    name: "time-split",
    title: "How staff time splits",
    caption:
      "Shares of available working time in the measurement window, means over replications; the axis runs from 0 to 100% of working time. Black whiskers: the 95% interval of where each segment ends (the running total up to it, from the replications).",
    spec: {
      data: { values },
      width: 760,
      height: { step: 34 },
      layer: [
        {
          mark: { type: "bar", tooltip: true },
          encoding: {
            y,
            x: {
              field: "share",
              type: "quantitative",
              stack: "zero",
              title: "share of working time",
              scale: { domain: [0, 1], nice: false },
              axis: { format: "%" },
            },
            color: {
              field: "use",
              type: "nominal",
              scale: { domain: CATEGORIES.map((c) => c[1]), range: CATEGORIES.map((c) => c[2]) },
              title: "time spent on",
              legend: { orient: "bottom", columns: 3 },
            },
            order: { field: "order", type: "quantitative" },
          },
        },
        {
          transform: [{ filter: "datum.use !== 'idle'" }],
          mark: { type: "errorbar", ticks: { size: 8, color: "#222" }, color: "#222" },
          encoding: { y, x: { field: "lower", type: "quantitative", title: "share of working time" }, x2: { field: "upper" } },
        },
      ],
    },
  };
}
