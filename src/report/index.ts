/*
 * Reports: outcome tables shared by the command line and the HTML report, flat
 * rows for CSV, result files of every kind, and the self-contained HTML report
 * with Vega-Lite charts. Re-exports only.
 */
export { renderReport, type ReportOptions } from "./renderReport";
export { reportCharts } from "./reportCharts";
export type { ReportChart } from "./ReportChart";
export { leadTimeChart } from "../models/office/leadTimeChart";
export { backlogChart } from "../models/office/backlogChart";
export { periodChart } from "../models/office/periodChart";
export { demandChart } from "../models/office/demandChart";
export { timeShareChart } from "../models/office/timeShareChart";
export { measuredChart } from "../models/office/measuredChart";
export { sweepCharts } from "./sweepCharts";
export { calibrationChart } from "./calibrationChart";
export { calibrationTables } from "./calibrationTables";
export { renderCalibrationReport } from "./renderCalibrationReport";
export { chartEstimate, type ChartEstimate } from "./chartEstimate";
export { reportTables, chooseMetrics, type MetricChoice, type ReportTableOptions } from "./reportTables";
export type { TextTable } from "./TextTable";
export { formatTable } from "./formatTable";
export { formatNumber, decimalsFor } from "./formatNumber";
export { formatEstimate, type FormattedEstimate } from "./formatEstimate";
export { summaryRows, tidyRows, type ResultRow } from "./resultRows";
export { resultToJSON } from "./resultToJSON";
export { resultFromJSON } from "./resultFromJSON";
export { resultKind, type AnyResult, type ResultKind } from "./resultKind";
export { reportArms, pointLabel, shortValue, type ReportArm } from "./reportArms";
export { describeScenario, type RunFacts } from "../models/office/describeScenario";
export { describePolicy } from "../models/office/describePolicy";
export { scenarioDifferences } from "./scenarioDifferences";
export { scenarioLeaves } from "./scenarioLeaves";
export { describeMetric, MEASURED_FIGURES } from "./metricGlossary";
export { KEY_METRICS, keyMetricsOf } from "../models/office/keyMetrics";
export { selectMetrics } from "./selectMetrics";
export { vegaScripts, type VegaScripts } from "./vegaScripts";
export { escapeHtml, scriptJSON, scriptSource } from "./escapeHtml";
export { REPORT_STYLES } from "./reportStyles";
export { sensitivityTables, regimeMapTable } from "./sensitivityTables";
export { sensitivityRows, regimeMapRows } from "./sensitivityRows";
export { morrisChart } from "./morrisChart";
export { sobolChart } from "./sobolChart";
export { regimeMapChart } from "./regimeMapChart";
export { renderSensitivityReport, sensitivityCharts } from "./renderSensitivityReport";
export { metricInfo, metricLabel, metricTheme, isShareMetric, unitText, METRIC_THEMES, type MetricInfo, type MetricTheme, type MetricUnit } from "../models/office/metricTable";
export { boundedInterval, SHARE_INTERVAL_METHOD } from "./boundedInterval";
export { formatMetricValue, unitSuffix, type MetricValueOptions } from "./formatMetricValue";
export { runawayReplications, type RunawayReplication } from "./runawayReplications";
export { replicationView, CLAIM_STEPS, type ReplicationView, type ReplicationWeek } from "../models/office/replicationView";
export { insideCharts } from "../models/office/insideCharts";
export { spreadChart } from "./spreadChart";
export { HEADLINE_METRICS } from "./reportSummary";
export { traceRows, TRACE_COLUMNS, type TraceRow } from "../models/office/traceRows";
