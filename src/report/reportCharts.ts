/*
 * Every chart that applies to a result, in reading order: for a sweep the
 * outcomes against each swept parameter first, otherwise the spread across
 * replications; then lead time, backlog over
 * time, failure against value demand, the split of staff time and measured
 * against true. Charts whose metrics the result lacks are left out.
 */
import type { SweepResult } from "../experiment";
import { backlogChart } from "../models/office/backlogChart";
import { demandChart } from "../models/office/demandChart";
import { leadTimeChart } from "../models/office/leadTimeChart";
import { measuredChart } from "../models/office/measuredChart";
import { periodChart } from "../models/office/periodChart";
import { reportArms } from "./reportArms";
import type { ReportChart } from "./ReportChart";
import { resultKind, type AnyResult } from "./resultKind";
import { spreadChart } from "./spreadChart";
import { sweepCharts } from "./sweepCharts";
import { timeShareChart } from "../models/office/timeShareChart";

/** The charts of `result` (possibly none, e.g. for a model without office metrics). */
export function reportCharts(result: AnyResult): ReportChart[] {
  const arms = reportArms(result);
  const sweepResult = resultKind(result) === "sweep";
  const charts: ReportChart[] = sweepResult ? sweepCharts(result as SweepResult<unknown>) : [];
  for (const make of [...(sweepResult ? [] : [spreadChart]), leadTimeChart, backlogChart, periodChart, demandChart, timeShareChart, measuredChart]) {
    const chart = make(arms);
    if (chart !== undefined) charts.push(chart);
  }
  return charts;
}
