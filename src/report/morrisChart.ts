/*
 * The μ*–σ plane of Morris screening, one panel per metric: parameters far to
 * the right matter; high up, their effect depends on where the other
 * parameters are (non-linearity or interaction); near the origin they can be
 * fixed at any value in their range.
 */
import type { SensitivityResult } from "../experiment";
import type { ReportChart } from "./ReportChart";

/** The μ*–σ chart of a Morris result, or undefined for another method. */
export function morrisChart(result: SensitivityResult<unknown>): ReportChart | undefined {
  if (result.method !== "morris" || result.measures.length === 0) return undefined;
  const values = result.measures
    .filter((m) => Number.isFinite(m.muStar) && Number.isFinite(m.sigma))
    .map((m) => ({ metric: m.metric, parameter: m.parameter, label: leaf(m.parameter), muStar: m.muStar, sigma: m.sigma, mu: m.mu }));
  return {
    name: "morris",
    title: `Morris screening: μ* against σ${result.variantName === undefined ? "" : ` (${result.output})`}`,
    caption:
      "One point per parameter and metric. μ* (across) is the mean absolute change of the output over the parameter's full range: far right means influential. " +
      "σ (up) is the spread of those changes: high means the effect depends on the other parameters. Points near the origin can be fixed anywhere in their range.",
    spec: {
      data: { values },
      facet: { field: "metric", type: "nominal", title: null, header: { labelFontSize: 12 } },
      columns: 2,
      spec: {
        width: 260,
        height: 200,
        layer: [
          {
            mark: { type: "point", filled: true, size: 60, tooltip: true },
            encoding: {
              x: { field: "muStar", type: "quantitative", title: "μ*" },
              y: { field: "sigma", type: "quantitative", title: "σ" },
              color: { field: "label", type: "nominal", title: "parameter", legend: { orient: "bottom", columns: 3 } },
              tooltip: [{ field: "parameter" }, { field: "muStar", format: ".4g" }, { field: "mu", format: ".4g" }, { field: "sigma", format: ".4g" }],
            },
          },
          {
            mark: { type: "text", align: "left", dx: 5, dy: -5, fontSize: 9 },
            encoding: { x: { field: "muStar", type: "quantitative" }, y: { field: "sigma", type: "quantitative" }, text: { field: "label" } },
          },
        ],
      },
      resolve: { scale: { x: "independent", y: "independent" } },
    },
  };
}

function leaf(path: string): string {
  return path.split(".").pop()!;
}
