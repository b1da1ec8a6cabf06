/*
 * Measured against true: for each figure management measures (decisions per
 * handler-week, lead time, call answer time, accuracy), what the measurement
 * regime showed next to the true value from the event record, as dots with
 * 95% intervals. Each figure has its own axis; where all values lie close
 * together (as accuracies do) the axis is zoomed to them and the panel says
 * so, since an axis from 0 would hide the difference.
 */
import { chartEstimate } from "../../report/chartEstimate";
import { displayScale } from "../../report/formatMetricValue";
import { MEASURED_FIGURE_LABELS, unitText } from "./metricTable";
import type { ReportArm } from "../../report/reportArms";
import type { ReportChart } from "../../report/ReportChart";

/** Zoom when the values span less than this share of the largest value. */
const ZOOM_BELOW = 0.3;

/** The measured-vs-true chart, or undefined when no arm reports `measured.*`. */
export function measuredChart(arms: readonly ReportArm[]): ReportChart | undefined {
  const panels: Array<Record<string, unknown>> = [];
  const armLabels = arms.map((a) => a.label);
  const zoomed: string[] = [];
  for (const { key, label, unit } of MEASURED_FIGURE_LABELS) {
    const values: Array<Record<string, unknown>> = [];
    const k = displayScale(`measured.${key}.true`);
    for (const arm of arms) {
      for (const kind of ["measured", "true"] as const) {
        const e = chartEstimate(arm.result.summary[`measured.${key}.${kind}`]);
        if (e === undefined) continue;
        const s = (x: number | null): number | null => (x === null ? null : x * k);
        values.push({ arm: arm.label, value: kind, mean: s(e.mean), lower: s(e.lower), upper: s(e.upper) });
      }
    }
    if (values.length === 0) continue;
    const all = values.flatMap((v) => [v["mean"], v["lower"], v["upper"]]).filter((x): x is number => typeof x === "number" && Number.isFinite(x));
    const lo = Math.min(...all);
    const hi = Math.max(...all);
    const zoom = lo > 0 && hi > 0 && (hi - lo) / hi < ZOOM_BELOW;
    const pad = (hi - lo) * 0.15 || Math.abs(hi) * 0.01;
    const domain = zoom ? [round(lo - pad), round(hi + pad)] : [0, round(hi + pad)];
    if (zoom) zoomed.push(label.toLowerCase());
    const u = unitText(unit);
    const x = { field: "arm", type: "nominal", sort: armLabels, title: null, axis: { labelAngle: -30, labelLimit: 110 } };
    const xOffset = { field: "value", type: "nominal", sort: ["measured", "true"] };
    panels.push({
      title: {
        text: `${label} (${u})`,
        subtitle: zoom ? `axis zoomed: starts at ${domain[0]}, not 0` : "axis from 0",
        fontSize: 12,
        subtitleFontSize: 10,
        subtitleColor: zoom ? "#a2302c" : "#666",
      },
      data: { values },
      width: Math.max(150, 34 * arms.length),
      height: 190,
      layer: [
        {
          mark: { type: "rule", strokeWidth: 1.5 },
          encoding: {
            x,
            xOffset,
            y: { field: "lower", type: "quantitative", scale: { domain, nice: false, zero: !zoom }, title: null },
            y2: { field: "upper" },
            color: {
              field: "value",
              type: "nominal",
              scale: { domain: ["measured", "true"], range: ["#e45756", "#4c78a8"] },
              title: null,
              legend: { orient: "bottom" },
            },
          },
        },
        {
          mark: { type: "point", filled: true, size: 46, tooltip: true },
          encoding: { x, xOffset, y: { field: "mean", type: "quantitative" }, color: { field: "value", type: "nominal" } },
        },
      ],
    });
  }
  if (panels.length === 0) return undefined;
  return {
    name: "measured-vs-true",
    title: "What management saw against what was true",
    caption:
      "For each measured figure, the value as the measurement regime recorded it (red) next to the true value from the event record (blue): means over replications (dots) with 95% intervals (lines). A figure with no red dot was not measured." +
      (zoomed.length > 0
        ? ` The axes of ${zoomed.join(", ")} are zoomed to the values shown (see the note under each title), because on an axis from 0 their differences would be invisible.`
        : ""),
    spec: { hconcat: panels, spacing: 18, resolve: { scale: { y: "independent", color: "shared" } } },
  };
}

function round(x: number): number {
  return Number(x.toPrecision(3));
}
