/*
 * Reports (caseflow/report): outcome tables shared by the command line and the HTML report, flat
 * rows for CSV, result files of every kind, and the self-contained HTML report
 * with Vega-Lite charts. Generic: what a model's metrics mean and which
 * charts show them come from the model (ExperimentModel.report). Re-exports only.
 */
export { renderReport, type ReportOptions } from "./renderReport";
export { reportCharts } from "./reportCharts";
export type { ReportChart } from "./ReportChart";
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
export { scenarioDifferences } from "./scenarioDifferences";
export { scenarioLeaves } from "./scenarioLeaves";
export { describeMetric } from "./metricGlossary";
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
export { metricInfo, metricLabel, metricHeading, metricTheme, metricThemes, isShareMetric, unitText } from "./metricInfo";
export type { ModelReport, MetricInfo, MetricUnit, MetricThemeHeading, RunFacts } from "./ModelReport";
export { modelReportOf, modelReports } from "./modelReports";
export { keyMetricsOf, modelMetrics, type MetricList } from "./keyMetricsOf";
export { scenarioLines } from "./scenarioLines";
export { boundedInterval, SHARE_INTERVAL_METHOD } from "./boundedInterval";
export { formatMetricValue, unitSuffix, type MetricValueOptions } from "./formatMetricValue";
export { runawayReplications, type RunawayReplication } from "./runawayReplications";
export { spreadChart } from "./spreadChart";
