/*
 * Sobol indices with their bootstrap intervals, one panel per metric: for
 * each parameter the first-order index (its effect alone) beside the total
 * index (with its interactions). A wide gap between the two means the
 * parameter acts through interactions.
 */
import type { SensitivityResult } from "../experiment";
import type { ReportChart } from "./ReportChart";

/** The Sobol index chart of a Sobol result, or undefined for another method. */
export function sobolChart(result: SensitivityResult<unknown>): ReportChart | undefined {
  if (result.method !== "sobol" || result.measures.length === 0) return undefined;
  const values: Array<Record<string, unknown>> = [];
  for (const m of result.measures) {
    const label = m.parameter.split(".").pop()!;
    values.push({ metric: m.metric, parameter: label, index: "first order S", estimate: m.first, lower: m.firstLower, upper: m.firstUpper });
    values.push({ metric: m.metric, parameter: label, index: "total ST", estimate: m.total, lower: m.totalLower, upper: m.totalUpper });
  }
  const x = { field: "parameter", type: "nominal", title: null, axis: { labelAngle: -30 } };
  return {
    name: "sobol",
    title: `Sobol indices with 95% bootstrap intervals${result.variantName === undefined ? "" : ` (${result.output})`}`,
    caption:
      "Bars: the share of the output's variance due to each parameter alone (first order) and including its interactions (total); lines: 95% bootstrap intervals. " +
      `Estimated from ${result.design.samples} base samples (${result.points.length} design points); intervals crossing 0 mean the index cannot be told from 0.`,
    spec: {
      data: { values },
      facet: { field: "metric", type: "nominal", title: null, header: { labelFontSize: 12 } },
      columns: 2,
      spec: {
        width: 260,
        height: 180,
        layer: [
          {
            mark: { type: "bar", tooltip: true },
            encoding: {
              x,
              xOffset: { field: "index" },
              y: { field: "estimate", type: "quantitative", title: "index" },
              color: { field: "index", type: "nominal", title: null, legend: { orient: "bottom" } },
            },
          },
          {
            mark: { type: "rule" },
            encoding: { x, xOffset: { field: "index" }, y: { field: "lower", type: "quantitative" }, y2: { field: "upper" } },
          },
        ],
      },
    },
  };
}
