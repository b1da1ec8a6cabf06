/*
 * Model against observed: for each observed figure, how far the fitted model's
 * mean lies from the observed value, in units of the figure's tolerance, with
 * its 95% confidence interval, so figures in different units share one axis.
 * The band from −1 to +1 is "within tolerance".
 */
import type { CalibrationResult } from "../experiment";
import type { ReportChart } from "./ReportChart";

/** The model-against-observed chart of a calibration. */
export function calibrationChart(result: CalibrationResult<unknown>): ReportChart {
  const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);
  const values = result.residuals.map((r) => ({
    figure: r.key,
    observed: r.observed,
    model: finite(r.mean),
    off: finite(r.standardised),
    lower: finite((r.lower - r.observed) / r.tolerance),
    upper: finite((r.upper - r.observed) / r.tolerance),
  }));
  const figures = values.map((v) => v.figure);
  const y = { field: "figure", type: "nominal", sort: figures, title: null, axis: { labelLimit: 220 } };
  return {
    name: "calibration",
    title: "Fitted model against observed figures",
    caption:
      "Each row is an observed figure: the dot is the fitted model's mean minus the observed value, in units of the figure's tolerance, with its 95% confidence interval from the confirmation run. The grey band (−1 to +1) is within tolerance; 0 is a perfect match.",
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      width: 420,
      height: { step: 28 },
      layer: [
        {
          data: { values: [{ from: -1, to: 1 }] },
          mark: { type: "rect", color: "#e8e8e8" },
          encoding: { x: { field: "from", type: "quantitative" }, x2: { field: "to" } },
        },
        { data: { values: [{ zero: 0 }] }, mark: { type: "rule", color: "#888" }, encoding: { x: { field: "zero", type: "quantitative" } } },
        {
          data: { values },
          mark: { type: "rule", strokeWidth: 2, color: "#4c78a8" },
          encoding: { y, x: { field: "lower", type: "quantitative", title: "model − observed, in tolerances" }, x2: { field: "upper" } },
        },
        {
          data: { values },
          mark: { type: "point", filled: true, size: 70, color: "#4c78a8" },
          encoding: {
            y,
            x: { field: "off", type: "quantitative" },
            tooltip: [
              { field: "figure", type: "nominal" },
              { field: "observed", type: "quantitative", format: ".4~g" },
              { field: "model", type: "quantitative", format: ".4~g" },
              { field: "off", type: "quantitative", format: ".2f", title: "tolerances off" },
            ],
          },
        },
      ],
    },
  };
}
