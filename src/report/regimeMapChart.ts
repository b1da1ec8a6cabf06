/*
 * The regime map as a heat map: one cell per combination of the two
 * conditions, coloured by the scenario that is better there on the chosen
 * metric (grey where the paired difference is not significant), with the
 * mean difference written in the cell.
 */
import type { RegimeMapResult } from "../experiment";
import type { ReportChart } from "./ReportChart";

/** The heat map of a regime map. */
export function regimeMapChart(result: RegimeMapResult<unknown>): ReportChart {
  const text = (v: unknown): string => (typeof v === "number" ? String(Number(v.toPrecision(4))) : JSON.stringify(v));
  const xs = result.x.values.map(text);
  const ys = result.y.values.map(text);
  const values = result.cells.map((c) => ({
    x: text(c.x),
    y: text(c.y),
    better: c.winner,
    significant: c.significant ? "yes" : "no",
    difference: c.difference,
    lower: c.lower,
    upper: c.upper,
    label: Number.isFinite(c.difference) ? Number(c.difference.toPrecision(2)) : "n/a",
  }));
  const domain = [result.baseName, result.variantName, "no clear difference"];
  return {
    name: "regime-map",
    title: `Which is better on ${result.metric}: ${result.variantName} or ${result.baseName}`,
    caption:
      `Each cell runs both scenarios on the same ${result.replications.length} replications (common random numbers). Colour: the better one (${result.better} ${result.metric} is better) where the paired 95% interval of the difference excludes 0; grey where it does not. ` +
      `The number is the mean difference ${result.variantName} − ${result.baseName}. ${result.boundary.join(" ")}`,
    spec: {
      data: { values },
      width: Math.max(240, 60 * xs.length),
      height: Math.max(160, 40 * ys.length),
      encoding: {
        x: { field: "x", type: "ordinal", sort: xs, title: result.x.path },
        y: { field: "y", type: "ordinal", sort: [...ys].reverse(), title: result.y.path },
      },
      layer: [
        {
          mark: { type: "rect", tooltip: true },
          encoding: {
            color: {
              field: "better",
              type: "nominal",
              scale: { domain, range: ["#4c78a8", "#f58518", "#dddddd"] },
              title: "better",
              legend: { orient: "bottom" },
            },
            tooltip: [
              { field: "x", title: result.x.path },
              { field: "y", title: result.y.path },
              { field: "better" },
              { field: "difference", format: ".4g" },
              { field: "lower", format: ".4g" },
              { field: "upper", format: ".4g" },
            ],
          },
        },
        { mark: { type: "text", fontSize: 11 }, encoding: { text: { field: "label" } } },
      ],
    },
  };
}
