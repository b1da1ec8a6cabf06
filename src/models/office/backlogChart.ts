/*
 * The backlog over time: open claims at the end of each week, one panel per
 * scenario on shared axes, with calendar dates on the time axis. Each panel
 * shows the median replication (line) and the range from the lowest to the
 * highest replication (band); replications that ran away are drawn as thin
 * red lines and named in the tooltip. Behind the data: public holidays (the
 * office is closed, so claims pile up), Christmas–New Year and the summer
 * holiday season shaded, and the end of the warm-up dashed.
 */
import { quantileSorted } from "d3-array";
import { dateOfDay, holidayPeriods, holidaysBetween, scenarioCalendar, type ScenarioCalendar } from "../../report/calendarMarks";
import { armColours } from "../../report/armColours";
import type { ReportArm } from "../../report/reportArms";
import type { ReportChart } from "../../report/ReportChart";
import { runawayReplications } from "../../report/runawayReplications";

/** Width of the plotting area in pixels (fits the report column with the axis). */
const WIDTH = 940;

/**
 * The backlog chart, or undefined when no arm kept its weekly series (run
 * with `keepSeries: true`, or `--report` on the command line).
 */
export function backlogChart(arms: readonly ReportArm[]): ReportChart | undefined {
  const withSeries = arms.filter((a) => a.result.series !== undefined && a.result.series.length > 0 && a.result.series[0]!["day"] !== undefined);
  if (withSeries.length === 0) return undefined;
  const calendar = scenarioCalendar(withSeries[0]!.result.scenario);
  const colours = armColours(arms);
  const xField = calendar === undefined ? "day" : "date";
  const x =
    calendar === undefined
      ? { field: "day", type: "quantitative", title: "day of the simulation" }
      : { field: "date", type: "temporal", scale: { type: "utc" }, title: null, axis: { format: "%b %Y", labelFlush: true, tickCount: 12 } };
  const point = (day: number): Record<string, unknown> => (calendar === undefined ? { day } : { date: dateOfDay(calendar, day) });
  let lastDay = 0;
  const panels: Array<Record<string, unknown>> = [];
  const runawayNames: string[] = [];
  withSeries.forEach((arm, k) => {
    const series = arm.result.series!;
    const days = series[0]!["day"]!;
    lastDay = Math.max(lastDay, days[days.length - 1] ?? 0);
    const band: Array<Record<string, unknown>> = [];
    days.forEach((day, i) => {
      const xs = series
        .map((s) => s["backlog"]?.[i])
        .filter((v): v is number => v !== undefined && Number.isFinite(v))
        .sort((a, b) => a - b);
      if (xs.length === 0) return;
      band.push({ ...point(day), median: quantileSorted(xs, 0.5), low: xs[0], high: xs[xs.length - 1] });
    });
    const runaway = runawayReplications(arm.result);
    const wild: Array<Record<string, unknown>> = [];
    for (const r of runaway) {
      runawayNames.push(`${arm.label}: replication ${r.replication}`);
      const s = series[r.position]!;
      days.forEach((day, i) => {
        const v = s["backlog"]?.[i];
        if (v !== undefined && Number.isFinite(v)) wild.push({ ...point(day), backlog: v, replication: `replication ${r.replication} (ran away)` });
      });
    }
    const colour = colours.get(arm.label) ?? "#4c78a8";
    const layer: Array<Record<string, unknown>> = [...calendarLayers(calendar, lastDay, k === 0, x)];
    layer.push(
      {
        data: { values: band },
        mark: { type: "area", opacity: 0.22, color: colour },
        encoding: { x, y: { field: "low", type: "quantitative", title: "open claims" }, y2: { field: "high" } },
      },
      {
        data: { values: band },
        mark: { type: "line", strokeWidth: 2, color: colour },
        encoding: {
          x,
          y: { field: "median", type: "quantitative" },
          tooltip: [
            { field: xField, type: calendar === undefined ? "quantitative" : "temporal", title: "week ending" },
            { field: "median", title: "median open claims" },
            { field: "low", title: "lowest" },
            { field: "high", title: "highest" },
          ],
        },
      },
    );
    if (wild.length > 0) {
      layer.push({
        data: { values: wild },
        mark: { type: "line", strokeWidth: 1, color: "#c0392b", strokeDash: [3, 2] },
        encoding: {
          x,
          y: { field: "backlog", type: "quantitative" },
          detail: { field: "replication" },
          tooltip: [{ field: "replication" }, { field: "backlog", title: "open claims" }],
        },
      });
    }
    const warmup = warmupDays(arm.result.scenario);
    if (warmup !== undefined && warmup > 0) {
      layer.push({ data: { values: [point(warmup)] }, mark: { type: "rule", strokeDash: [4, 4], color: "#555" }, encoding: { x } });
      if (k === 0) {
        layer.push({
          data: { values: [{ ...point(warmup), label: "measuring starts" }] },
          mark: { type: "text", align: "left", baseline: "bottom", dx: 3, dy: -2, color: "#555", fontSize: 10 },
          encoding: { x, y: { value: 0 }, text: { field: "label" } },
        });
      }
    }
    panels.push({ title: { text: arm.label, anchor: "start", fontSize: 12, color: colour }, width: WIDTH, height: withSeries.length > 2 ? 95 : 150, layer });
  });
  const caption =
    "Open (undecided) claims at the end of each week, one panel per scenario on the same axes: the median replication (line) and the range from the lowest to the highest replication (band)." +
    (runawayNames.length > 0 ? ` Dashed red: replications that ran away (${runawayNames.join("; ")}).` : "") +
    (calendar !== undefined && calendar.swedishHolidays
      ? " Thin grey lines: public holidays, when the office is closed and claims pile up; shaded: Christmas–New Year and the summer holiday season (the model keeps staffing as set; the shading is for orientation)."
      : "") +
    " Weeks before the dashed line are warm-up and not measured.";
  return { name: "backlog", title: "Backlog over time", caption, spec: { vconcat: panels, spacing: 8, resolve: { scale: { x: "shared", y: "shared" } } } };
}

function calendarLayers(
  calendar: ScenarioCalendar | undefined,
  lastDay: number,
  labelled: boolean,
  x: Record<string, unknown>,
): Array<Record<string, unknown>> {
  if (calendar === undefined) return [];
  const out: Array<Record<string, unknown>> = [];
  const periods = holidayPeriods(calendar, 0, lastDay);
  if (periods.length > 0) {
    out.push({
      data: { values: periods },
      mark: { type: "rect", color: "#f3e7c9", opacity: 0.7 },
      encoding: { x: { ...x, field: "start" }, x2: { field: "end" }, tooltip: [{ field: "label", title: "period" }] },
    });
    if (labelled) {
      out.push({
        data: { values: periods },
        mark: { type: "text", align: "left", baseline: "top", dx: 2, dy: 2, color: "#8a6d1f", fontSize: 9 },
        encoding: { x: { ...x, field: "start" }, y: { value: 0 }, text: { field: "label" } },
      });
    }
  }
  const holidays = holidaysBetween(calendar, 0, lastDay);
  if (holidays.length > 0) {
    out.push({
      data: { values: holidays },
      mark: { type: "rule", color: "#9aa3ad", strokeWidth: 1, opacity: 0.6 },
      encoding: {
        x: { ...x, field: "date" },
        tooltip: [
          { field: "name", title: "holiday" },
          { field: "date", type: "temporal", title: "date" },
        ],
      },
    });
  }
  return out;
}

function warmupDays(scenario: unknown): number | undefined {
  if (typeof scenario !== "object" || scenario === null) return undefined;
  const run = (scenario as Record<string, unknown>)["run"];
  if (typeof run !== "object" || run === null) return undefined;
  const w = (run as Record<string, unknown>)["warmupDays"];
  return typeof w === "number" ? w : undefined;
}
