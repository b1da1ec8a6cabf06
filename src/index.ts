/*
 * caseflow: discrete-event simulation of case handling in public services.
 * The package root is what a user of the office model needs: the office and
 * its units, the management policies, the experiment functions, the report
 * and the result types. Everything else has its own entry point:
 * caseflow/engine (the simulation kernel), caseflow/random, caseflow/stats,
 * caseflow/experiment (the whole experiment layer) and caseflow/report.
 * Importing the root registers the built-in models ("office", "mm1").
 * Re-exports only.
 */

// The office: its configuration, units and one run.
export { Office, simulateOffice, type OfficeRun, type OfficeRunOptions, type TraceEntry } from "./organisation/Office";
export { officeConfig, type OfficeConfig, type OfficeInput, type DeepPartial } from "./organisation/OfficeConfig";
export { standardisedUnit, teamUnit, type UnitConfig, type StandardisedUnitConfig, type TeamUnitConfig } from "./organisation/UnitConfig";
export type { OfficeMetrics, DurationSummary } from "./organisation/OfficeMetrics";
export type { TimelineChange } from "./organisation/TimelineChange";
export type { StartingClaim } from "./organisation/StartingClaim";
export { defaultCaseworkParams, type CaseworkParams } from "./casework/CaseworkParams";

// Adding a way of organising work: the regime registry and the building blocks a regime's unit is made of
// (see README "Adding a way of organising work").
export { registerRegime, regimeOf, knownRegimes } from "./organisation/regimes/regimeRegistry";
export type { Regime } from "./organisation/regimes/Regime";
export { standardisedRegime } from "./organisation/regimes/standardised/standardisedRegime";
export { teamRegime } from "./organisation/regimes/team/teamRegime";
export { defaultStandardisedUnit } from "./organisation/regimes/standardised/StandardisedUnitConfig";
export { defaultTeamUnit } from "./organisation/regimes/team/TeamUnitConfig";
export { commonUnitShape } from "./organisation/regimes/unitSchemaParts";
export type { CommonUnitConfig } from "./organisation/UnitConfig";
export { Unit, type StepEffort } from "./organisation/Unit";
export { StaffSlot } from "./organisation/StaffSlot";
export { WorkQueue } from "./organisation/WorkQueue";
export type { OfficeServices } from "./organisation/OfficeServices";
export type { Case } from "./casework/Case";
export type { Task } from "./casework/Task";

// The office and M/M/c models, as the experiment functions run them.
export { officeModel, officeModelWith, officeFromScenario, type OfficeConfigure, type OfficeModelWithOptions } from "./models/office/officeModel";
export { officeScenarioSchema, type OfficeScenario, type OfficeScenarioInput } from "./models/office/officeScenarioSchema";
export { defineScenario } from "./models/office/defineScenario";
export { parseBacklogCSV, type BacklogCSVOptions } from "./models/office/parseBacklogCSV";
export { traceRows, type TraceRow } from "./models/office/traceRows";
export { mm1Model } from "./models/mm1/mm1Model";
export type { Mm1Scenario, Mm1ScenarioInput } from "./models/mm1/mm1ScenarioSchema";
export { builtinModels, registerBuiltinModels } from "./models/builtinModels";

// Management policies, and what a policy sees.
export type { Policy, PolicyContext, MeasuredFigures, TaskView, OverheadKind, ContactEffect, ReviewEffect, CertificateEffect } from "./policies/Policy";
export { noPolicy } from "./policies/noPolicy";
export { productionTarget, productionTargetDefaults, type ProductionTargetOptions } from "./policies/productionTarget";
export { measurementRegime, measurementRegimeDefaults, MEASUREMENT_PRESETS, type MeasurementRegimeOptions } from "./policies/measurementRegime";
export { rewardStructure, rewardStructureDefaults, type RewardStructureOptions } from "./policies/rewardStructure";
export { documentTemplates, documentTemplatesDefaults, type DocumentTemplatesOptions } from "./policies/documentTemplates";
export { qualityReview, qualityReviewDefaults, type QualityReviewOptions } from "./policies/qualityReview";
export { queueDiscipline, queueDisciplineDefaults, QUEUE_RULES, type QueueDisciplineOptions } from "./policies/queueDiscipline";
export { healthcareCollaboration, healthcareCollaborationDefaults, type HealthcareCollaborationOptions } from "./policies/healthcareCollaboration";
export { trustBasedSteering, trustBasedSteeringDefaults, type TrustBasedSteeringOptions } from "./policies/trustBasedSteering";
export { policyFromSpec, POLICY_KINDS, type PolicySpec, type PolicyKind } from "./policies/policyFromSpec";
export { policySpecSchema } from "./policies/policySchemas";

// Experiments: replications, comparisons, sweeps, calibration, sensitivity; results and files.
export type { ExperimentModel, ModelOutput, ReplicationContext, MetricRecord } from "./experiment/ExperimentModel";
export type { ExperimentResult, MetricSummary } from "./experiment/ExperimentResult";
export { registerModel } from "./experiment/modelRegistry";
export { runReplications, type ReplicationOptions, type SequentialRule } from "./experiment/runReplications";
export { compareVariants, type CompareOptions, type ComparisonResult, type MetricComparison } from "./experiment/compareVariants";
export { sweep, type SweepDesign, type SweepOptions, type SweepResult } from "./experiment/sweep";
export { calibrate, type CalibrateOptions, type FitParameter } from "./experiment/calibrate";
export type { CalibrationResult } from "./experiment/CalibrationResult";
export { sensitivity, type SensitivityOptions } from "./experiment/sensitivity/sensitivity";
export type { SensitivityResult } from "./experiment/sensitivity/SensitivityResult";
export { regimeMap, type RegimeMapOptions } from "./experiment/sensitivity/regimeMap";
export type { RegimeMapResult } from "./experiment/sensitivity/RegimeMapResult";
export { validate, type ValidationResult } from "./experiment/validate";
export { ScenarioValidationError } from "./experiment/ScenarioValidationError";
export { jsonSchemaOf } from "./experiment/jsonSchemaOf";
export { toJSON } from "./experiment/toJSON";
export { fromJSON } from "./experiment/fromJSON";
export { toCSV } from "./experiment/toCSV";
export { toTidyCSV } from "./experiment/toTidyCSV";
export { mergeResults } from "./experiment/mergeResults";
export { periodRows, periodLabels, payback, type PeriodRow, type Payback } from "./experiment/periodResults";

// Reports.
export { renderReport, type ReportOptions } from "./report/renderReport";
export { reportTables } from "./report/reportTables";
export { formatTable } from "./report/formatTable";
export type { TextTable } from "./report/TextTable";
export { sensitivityTables } from "./report/sensitivityTables";
export { resultToJSON } from "./report/resultToJSON";
export { resultFromJSON } from "./report/resultFromJSON";
export { describeMetric } from "./report/metricGlossary";
export type { ModelReport, MetricInfo } from "./report/ModelReport";

// The few statistics and random streams a policy or an analysis of results needs.
export { pairedDifference } from "./stats/pairedDifference";
export { confidenceInterval, type ConfidenceInterval } from "./stats/confidenceInterval";
export { createStream } from "./random/createStream";
export type { Rng } from "./random/Rng";
