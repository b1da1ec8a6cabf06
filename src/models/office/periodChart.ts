/*
 * Results over time: a figure period by period (month or quarter) for each arm,
 * the mean over replications with its 95% confidence interval, and the days of
 * the scenario's dated changes (a switch to teams, a surge) marked, so a dip
 * after a change and the recovery from it can be seen.
 */
import { parseIsoDate } from "../../engine/civilDate";
import { periodLabels } from "../../experiment/periodResults";
import type { ReportArm } from "../../report/reportArms";
import type { ReportChart } from "../../report/ReportChart";

/**
 * The chart of `figure` per period, or undefined when no arm kept periods
 * (set `run.periods` to "month" or "quarter").
 *
 * @param arms the arms of the result
 * @param figure the period figure. @defaultValue "leadTimeDays.mean"
 */
export function periodChart(arms: readonly ReportArm[], figure = "leadTimeDays.mean"): ReportChart | undefined {
  const values: Array<Record<string, unknown>> = [];
  for (const arm of arms) {
    const s = arm.result.summary;
    for (const label of periodLabels(arm.result)) {
      const m = s[`period.${label}.${figure}`];
      if (m === undefined || !Number.isFinite(m.mean)) continue;
      const start = s[`period.${label}.startDay`]!.mean;
      const end = s[`period.${label}.endDay`]!.mean;
      values.push({ arm: arm.label, period: label, day: (start + end) / 2, mean: m.mean, low: m.lower, high: m.upper });
    }
  }
  if (values.length === 0) return undefined;
  const color = { field: "arm", type: "nominal", sort: arms.map((a) => a.label), title: null, legend: { orient: "bottom" } };
  const x = { field: "day", type: "quantitative", title: "day of the simulation (middle of the period)" };
  const layer: Array<Record<string, unknown>> = [
    {
      data: { values },
      mark: { type: "rule", opacity: 0.5 },
      encoding: { x, y: { field: "low", type: "quantitative", title: figure }, y2: { field: "high" }, color },
    },
    {
      data: { values },
      mark: { type: "line", point: true, strokeWidth: 2, tooltip: true },
      encoding: { x, y: { field: "mean", type: "quantitative" }, color },
    },
  ];
  const changes = arms.flatMap((a) => changeDays(a.result.scenario));
  const seen = new Set<string>();
  const marks = changes.filter((c) => !seen.has(`${c.day}:${c.label}`) && seen.add(`${c.day}:${c.label}`));
  if (marks.length > 0) {
    layer.push(
      { data: { values: marks }, mark: { type: "rule", strokeDash: [4, 4], color: "#888" }, encoding: { x: { field: "day", type: "quantitative" } } },
      {
        data: { values: marks },
        mark: { type: "text", align: "left", baseline: "top", dx: 4, dy: 4, angle: 0, color: "#666" },
        encoding: { x: { field: "day", type: "quantitative" }, y: { value: 0 }, text: { field: "label" } },
      },
    );
  }
  return {
    name: "periods",
    title: `${figure} period by period`,
    caption:
      "Each period's figure (decisions made in the period): the mean over replications with its 95% confidence interval. Dashed lines mark the scenario's dated changes.",
    spec: { width: 640, height: 260, layer },
  };
}

/** Days and names of the dated changes of a scenario (office.timeline), if any. */
function changeDays(scenario: unknown): Array<{ day: number; label: string }> {
  const office = (scenario as { office?: { startDate?: unknown; timeline?: unknown } } | null)?.office;
  if (!Array.isArray(office?.timeline)) return [];
  const start = parseIsoDate(typeof office.startDate === "string" ? office.startDate : "2026-01-05") ?? 0;
  return office.timeline.flatMap((c: { at?: unknown; change?: unknown }) => {
    const day = typeof c.at === "number" ? c.at : typeof c.at === "string" ? (parseIsoDate(c.at) ?? NaN) - start : NaN;
    return Number.isFinite(day) ? [{ day, label: String(c.change) }] : [];
  });
}
