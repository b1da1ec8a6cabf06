/*
 * The backlog over time: open claims at the end of each week, the mean over
 * replications as a line and the range from the lowest to the highest
 * replication as a band, with the end of the warm-up marked.
 */
import type { ReportArm } from "./reportArms";
import type { ReportChart } from "./ReportChart";

/**
 * The backlog chart, or undefined when no arm kept its weekly series (run
 * with `keepSeries: true`, or `--report` on the command line).
 */
export function backlogChart(arms: readonly ReportArm[]): ReportChart | undefined {
  const values: Array<Record<string, unknown>> = [];
  for (const arm of arms) {
    const series = arm.result.series;
    if (series === undefined || series.length === 0) continue;
    const days = series[0]!["day"];
    if (days === undefined) continue;
    days.forEach((day, i) => {
      const xs: number[] = [];
      for (const s of series) {
        const v = s["backlog"]?.[i];
        if (v !== undefined && Number.isFinite(v)) xs.push(v);
      }
      if (xs.length === 0) return;
      const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
      values.push({ arm: arm.label, day, mean, low: Math.min(...xs), high: Math.max(...xs) });
    });
  }
  if (values.length === 0) return undefined;
  const armLabels = arms.map((a) => a.label);
  const color = { field: "arm", type: "nominal", sort: armLabels, title: null, legend: { orient: "bottom" } };
  const x = { field: "day", type: "quantitative", title: "day of the simulation" };
  const layer: Array<Record<string, unknown>> = [
    {
      data: { values },
      mark: { type: "area", opacity: 0.18 },
      encoding: { x, y: { field: "low", type: "quantitative", title: "open claims" }, y2: { field: "high" }, color },
    },
    {
      data: { values },
      mark: { type: "line", strokeWidth: 2, tooltip: true },
      encoding: { x, y: { field: "mean", type: "quantitative" }, color },
    },
  ];
  const warmup = warmupDays(arms[0]?.result.scenario);
  if (warmup !== undefined && warmup > 0) {
    const marker = { values: [{ day: warmup, label: "end of warm-up" }] };
    layer.push(
      { data: marker, mark: { type: "rule", strokeDash: [4, 4], color: "#888" }, encoding: { x: { field: "day", type: "quantitative" } } },
      {
        data: marker,
        mark: { type: "text", align: "left", baseline: "top", dx: 4, dy: 4, color: "#666" },
        encoding: { x: { field: "day", type: "quantitative" }, y: { value: 0 }, text: { field: "label" } },
      },
    );
  }
  return {
    name: "backlog",
    title: "Backlog over time",
    caption:
      "Open (undecided) claims at the end of each week: the mean over replications (line) and the range from the lowest to the highest replication (band). Weeks before the dashed line are warm-up and not measured.",
    spec: { width: 640, height: 260, layer },
  };
}

function warmupDays(scenario: unknown): number | undefined {
  if (typeof scenario !== "object" || scenario === null) return undefined;
  const run = (scenario as Record<string, unknown>)["run"];
  if (typeof run !== "object" || run === null) return undefined;
  const w = (run as Record<string, unknown>)["warmupDays"];
  return typeof w === "number" ? w : undefined;
}
