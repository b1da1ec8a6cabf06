/*
 * The sickness-insurance office as an experiment model (id "office"): scenario
 * schema and validation, the office configuration a scenario describes, the
 * timeline of changes, the starting backlog, and how reports present it (metric
 * table, key metrics, charts, the scenario in words). Re-exports only.
 */
export { officeModel, officeFromScenario, officeModelWith, type OfficeConfigure, type OfficeModelWithOptions } from "./officeModel";
export {
  officeScenarioSchema,
  officeSchema,
  runSettingsSchema,
  standardisedUnitSchema,
  teamUnitSchema,
  type OfficeScenario,
  type OfficeScenarioInput,
} from "./officeScenarioSchema";
export { defineScenario } from "./defineScenario";
export { startingClaimSchema } from "./startingClaimSchema";
export { parseBacklogCSV, type BacklogCSVOptions } from "./parseBacklogCSV";
export { timelineSchema, checkTimeline } from "./timelineSchema";
export { timelineFromScenario } from "./timelineFromScenario";
export { checkOfficeConfig } from "./checkOfficeConfig";
export { officeReport, officeCharts, HEADLINE_METRICS, SPREAD_METRICS, SWEEP_METRICS, MEASURED_FIGURES } from "./officeReport";
export { KEY_METRICS } from "./keyMetrics";
export { METRIC_THEMES, type MetricTheme } from "./metricTable";
export { metricGlossaryMarkdown } from "./metricGlossaryMarkdown";
export { leadTimeChart } from "./leadTimeChart";
export { backlogChart } from "./backlogChart";
export { periodChart } from "./periodChart";
export { demandChart } from "./demandChart";
export { timeShareChart } from "./timeShareChart";
export { measuredChart } from "./measuredChart";
export { describeScenario } from "./describeScenario";
export { describePolicy } from "./describePolicy";
export { replicationView, CLAIM_STEPS, type ReplicationView, type ReplicationWeek } from "./replicationView";
export { insideCharts } from "./insideCharts";
export { traceRows, TRACE_COLUMNS, type TraceRow } from "./traceRows";
