/*
 * For a sweep, each key metric against each swept parameter: one chart per
 * parameter, a small panel per metric, the mean over replications with its 95%
 * interval at every value. Points that vary other parameters are drawn as
 * separate lines; in a one-at-a-time sweep only the line that varies this
 * parameter is kept.
 */
import type { SweepResult } from "../experiment";
import { chartEstimate } from "./chartEstimate";
import { keyMetricsOf, modelMetrics } from "./keyMetricsOf";
import { pointLabel, shortValue } from "./reportArms";
import type { ReportChart } from "./ReportChart";
import { boundedInterval } from "./boundedInterval";
import { displayScale } from "./formatMetricValue";
import { metricLabel } from "./metricInfo";

/**
 * One chart per swept parameter that takes at least two values.
 *
 * @param maxMetrics - most metrics (panels) per chart: the model's sweep metrics (ModelReport.sweepMetrics), or else the first of {@link keyMetricsOf} @defaultValue 9
 */
export function sweepCharts(result: SweepResult<unknown>, maxMetrics = 9): ReportChart[] {
  const all = result.results.length > 0 ? Object.keys(result.results[0]!.summary) : [];
  const model = result.results[0]?.model;
  const preferred = modelMetrics("sweepMetrics", all, model);
  const metrics = (preferred.length > 0 ? preferred : keyMetricsOf(all, maxMetrics, model)).slice(0, maxMetrics);
  const charts: ReportChart[] = [];
  result.parameters.forEach((param, j) => {
    const others = result.parameters.filter((p) => p !== param);
    // Group points by the values of the other parameters; each group is a line.
    const groups = new Map<string, number[]>();
    result.points.forEach((point, k) => {
      const key = pointLabel(others, point.parameters);
      groups.set(key, [...(groups.get(key) ?? []), k]);
    });
    const distinct = new Set(result.points.map((p) => JSON.stringify(p.parameters[param])));
    if (distinct.size < 2) return;
    let lines = [...groups.entries()];
    if (lines.some(([, ks]) => ks.length > 1)) lines = lines.filter(([, ks]) => ks.length > 1);
    const numeric = result.points.every((p) => typeof p.parameters[param] === "number");
    const values: Array<Record<string, unknown>> = [];
    const xOrder: string[] = [];
    for (const [group, ks] of lines) {
      for (const k of ks) {
        const raw = result.points[k]!.parameters[param];
        const x = numeric ? raw : shortValue(raw);
        if (!numeric && !xOrder.includes(x as string)) xOrder.push(x as string);
        for (const m of metrics) {
          const e = chartEstimate(result.results[k]!.summary[m]);
          if (e === undefined) continue;
          const scale = displayScale(m);
          const [lo, hi] = boundedInterval(m, e.lower ?? NaN, e.upper ?? NaN);
          const f = (v: number | null): number | null => (v === null || !Number.isFinite(v) ? null : v * scale);
          values.push({ metric: metricLabel(m), x, group: group === "" ? "all" : group, mean: f(e.mean), lower: f(lo), upper: f(hi) });
        }
      }
    }
    if (values.length === 0) return;
    const xEnc = numeric
      ? { field: "x", type: "quantitative", title: param, scale: { zero: false, padding: 16 } }
      : { field: "x", type: "ordinal", title: param, sort: xOrder };
    const color = lines.length > 1 ? { field: "group", type: "nominal", title: others.join(" · "), legend: { orient: "bottom" } } : { value: "#4c78a8" };
    charts.push({
      name: `sweep-${j}`,
      title: `Outcomes against ${param}`,
      caption:
        `Each panel is one metric; points are means over replications with 95% intervals, at each value of ${param}` +
        (lines.length > 1 ? `; lines differ in ${others.join(", ")}.` : ".") +
        " All points share the root seed and replication indices (common random numbers).",
      spec: {
        data: { values },
        facet: { field: "metric", type: "nominal", sort: metrics.map(metricLabel), title: null, header: { labelFontSize: 12, labelLimit: 300 } },
        columns: 3,
        spec: {
          width: 270,
          height: 140,
          layer: [
            {
              mark: { type: "line", point: true, tooltip: true },
              encoding: { x: xEnc, y: { field: "mean", type: "quantitative", title: null, scale: { zero: false } }, color, detail: { field: "group" } },
            },
            { mark: { type: "rule" }, encoding: { x: xEnc, y: { field: "lower", type: "quantitative" }, y2: { field: "upper" }, color } },
          ],
        },
        resolve: { scale: { y: "independent" } },
      },
    });
  });
  return charts;
}
