/*
 * Every chart that applies to a result, in reading order: for a sweep the
 * outcomes against each swept parameter first, otherwise the spread across
 * replications; then the model's own charts (ModelReport.charts; for the
 * office: lead time, backlog over time, periods, failure against value
 * demand, the split of staff time and measured against true). Charts whose
 * metrics the result lacks are left out.
 */
import type { SweepResult } from "../experiment";
import { modelReportOf } from "./modelReports";
import { reportArms } from "./reportArms";
import type { ReportChart } from "./ReportChart";
import { resultKind, type AnyResult } from "./resultKind";
import { spreadChart } from "./spreadChart";
import { sweepCharts } from "./sweepCharts";

/** The charts of `result` (possibly none, e.g. for a model without a report or without the metrics its charts show). */
export function reportCharts(result: AnyResult): ReportChart[] {
  const arms = reportArms(result);
  const sweepResult = resultKind(result) === "sweep";
  const charts: ReportChart[] = sweepResult ? sweepCharts(result as SweepResult<unknown>) : [];
  if (!sweepResult) {
    const spread = spreadChart(arms);
    if (spread !== undefined) charts.push(spread);
  }
  charts.push(...(modelReportOf(arms[0]?.result.model)?.charts?.(arms) ?? []));
  return charts;
}
