/*
 * Every chart that applies to a result, in reading order: for a sweep the
 * outcomes against each swept parameter first, then lead time, backlog over
 * time, failure against value demand, the split of staff time and measured
 * against true. Charts whose metrics the result lacks are left out.
 */
import type { SweepResult } from "../experiment";
import { backlogChart } from "./backlogChart";
import { demandChart } from "./demandChart";
import { leadTimeChart } from "./leadTimeChart";
import { measuredChart } from "./measuredChart";
import { periodChart } from "./periodChart";
import { reportArms } from "./reportArms";
import type { ReportChart } from "./ReportChart";
import { resultKind, type AnyResult } from "./resultKind";
import { sweepCharts } from "./sweepCharts";
import { timeShareChart } from "./timeShareChart";

/** The charts of `result` (possibly none, e.g. for a model without office metrics). */
export function reportCharts(result: AnyResult): ReportChart[] {
  const arms = reportArms(result);
  const charts: ReportChart[] = resultKind(result) === "sweep" ? sweepCharts(result as SweepResult<unknown>) : [];
  for (const make of [leadTimeChart, backlogChart, periodChart, demandChart, timeShareChart, measuredChart]) {
    const chart = make(arms);
    if (chart !== undefined) charts.push(chart);
  }
  return charts;
}
