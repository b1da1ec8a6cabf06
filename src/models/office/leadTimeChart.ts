/*
 * Lead time by scenario and complexity class: the median and 90th percentile
 * of days from claim to first decision, for all claims and for simple,
 * standard and complex ones, as bars with 95% interval error bars.
 */
import { chartEstimate } from "../../report/chartEstimate";
import type { ReportArm } from "../../report/reportArms";
import type { ReportChart } from "../../report/ReportChart";

const CLASSES: ReadonlyArray<[label: string, prefix: string]> = [
  ["all claims", "leadTimeDays"],
  ["simple", "leadTimeDays.byComplexity.simple"],
  ["standard", "leadTimeDays.byComplexity.standard"],
  ["complex", "leadTimeDays.byComplexity.complex"],
];
const STATS: ReadonlyArray<[label: string, key: string]> = [
  ["median (p50)", "p50"],
  ["90th percentile (p90)", "p90"],
];

/** The lead-time chart, or undefined when no arm reports lead-time percentiles. */
export function leadTimeChart(arms: readonly ReportArm[]): ReportChart | undefined {
  const values: Array<Record<string, unknown>> = [];
  for (const arm of arms) {
    for (const [cls, prefix] of CLASSES) {
      for (const [stat, key] of STATS) {
        const e = chartEstimate(arm.result.summary[`${prefix}.${key}`]);
        if (e !== undefined) values.push({ arm: arm.label, class: cls, stat, ...e });
      }
    }
  }
  if (values.length === 0) return undefined;
  const armLabels = arms.map((a) => a.label);
  const x = { field: "class", type: "nominal", sort: CLASSES.map((c) => c[0]), title: null, axis: { labelAngle: 0 }, scale: { paddingInner: 0.2 } };
  const xOffset = { field: "arm", type: "nominal", sort: armLabels };
  return {
    name: "lead-time",
    title: "Lead time by complexity class",
    caption:
      "Days from a claim's arrival to its first decision: median and 90th percentile per complexity class, each the mean over replications with its 95% confidence interval (error bar).",
    spec: {
      data: { values },
      facet: { column: { field: "stat", type: "nominal", sort: STATS.map((s) => s[0]), title: null, header: { labelFontSize: 13 } } },
      spec: {
        // Two panels side by side fit the report's 1100 px column.
        width: 430,
        height: 240,
        layer: [
          {
            mark: { type: "bar", tooltip: true },
            encoding: {
              x,
              xOffset,
              y: { field: "mean", type: "quantitative", title: "days" },
              color: { field: "arm", type: "nominal", sort: armLabels, title: null, legend: { orient: "bottom" } },
            },
          },
          {
            mark: { type: "rule", color: "#222" },
            encoding: { x, xOffset, y: { field: "lower", type: "quantitative" }, y2: { field: "upper" } },
          },
        ],
      },
    },
  };
}
