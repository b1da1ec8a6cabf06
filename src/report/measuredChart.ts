/*
 * Measured against true: for each figure management measures (decisions per
 * handler-week, lead time, call answer time, accuracy), what the measurement
 * regime showed next to the true value from the event record.
 */
import { chartEstimate } from "./chartEstimate";
import { MEASURED_FIGURES } from "./metricGlossary";
import type { ReportArm } from "./reportArms";
import type { ReportChart } from "./ReportChart";

/** The measured-vs-true chart, or undefined when no arm reports `measured.*`. */
export function measuredChart(arms: readonly ReportArm[]): ReportChart | undefined {
  const values: Array<Record<string, unknown>> = [];
  const figures: string[] = [];
  for (const { key, label } of MEASURED_FIGURES) {
    let any = false;
    for (const arm of arms) {
      for (const kind of ["measured", "true"] as const) {
        const e = chartEstimate(arm.result.summary[`measured.${key}.${kind}`]);
        if (e === undefined) continue;
        values.push({ figure: label, arm: arm.label, value: kind, ...e });
        any = true;
      }
    }
    if (any) figures.push(label);
  }
  if (values.length === 0) return undefined;
  const armLabels = arms.map((a) => a.label);
  const x = { field: "arm", type: "nominal", sort: armLabels, title: null, axis: { labelAngle: armLabels.length > 2 ? -30 : 0, labelLimit: 140 } };
  const xOffset = { field: "value", type: "nominal", sort: ["measured", "true"] };
  return {
    name: "measured-vs-true",
    title: "What management saw against what was true",
    caption:
      "For each measured figure, the value as the measurement regime recorded it (red) next to the true value from the event record (blue); means over replications with 95% intervals. A figure with no measured bar was not measured.",
    spec: {
      data: { values },
      facet: { column: { field: "figure", type: "nominal", sort: figures, title: null, header: { labelFontSize: 12 } } },
      spec: {
        // Wide enough for the figure's name above it, and for a pair of bars per scenario.
        width: Math.max(180, 44 * arms.length),
        height: 200,
        layer: [
          {
            mark: { type: "bar", tooltip: true },
            encoding: {
              x,
              xOffset,
              y: { field: "mean", type: "quantitative", title: null },
              color: { field: "value", type: "nominal", scale: { domain: ["measured", "true"], range: ["#e45756", "#4c78a8"] }, title: null, legend: { orient: "bottom" } },
            },
          },
          { mark: { type: "rule", color: "#222" }, encoding: { x, xOffset, y: { field: "lower", type: "quantitative" }, y2: { field: "upper" } } },
        ],
      },
      resolve: { scale: { y: "independent" } },
    },
  };
}
