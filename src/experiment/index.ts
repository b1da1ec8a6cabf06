/*
 * The experiment layer: models and their registry, replications on worker
 * threads, sequential stopping, shards, paired comparisons with common random
 * numbers, parameter sweeps, calibration to observed figures, result files, and
 * scenario validation. Re-exports only.
 */
export type { ExperimentModel, MetricRecord, ModelOutput, ReplicationContext } from "./ExperimentModel";
export {
  RESULT_SCHEMA_VERSION,
  type ExperimentResult,
  type MetricSummary,
  type SequentialOutcome,
  type ShardInfo,
} from "./ExperimentResult";
export { registerModel, getModel, listModels } from "./modelRegistry";
export { builtinModels, registerBuiltinModels } from "../models/builtinModels";
export { mm1Model } from "../models/mm1/mm1Model";
export { mm1ScenarioSchema, type Mm1Scenario, type Mm1ScenarioInput } from "../models/mm1/mm1ScenarioSchema";
export { runReplications, type ReplicationOptions, type SequentialRule, type ShardSpec } from "./runReplications";
export type { CommonRunOptions } from "./runScenarios";
export { activeWorkerCount } from "./runTasks";
export { summariseRecords, summariseMetric, metricNames } from "./summariseRecords";
export {
  compareVariants,
  type CompareOptions,
  type ComparisonResult,
  type MetricComparison,
} from "./compareVariants";
export { compareResults } from "./compareResults";
export { mergeComparisons } from "./mergeComparisons";
export { mergeSweeps } from "./mergeSweeps";
export { sweepRows } from "./sweepRows";
export { shardIndices } from "./shardIndices";
export { sweep, type SweepDesign, type SweepOptions, type SweepPoint, type SweepResult, type SweepRow } from "./sweep";
export { setPath, getPath, type SetPathOptions } from "./setPath";
export { parsePath, formatPath, type PathSegment } from "./parsePath";
export { mergeResults } from "./mergeResults";
export { shardFromEnvironment, scheduledCpus, type Environment, type ScheduledShard } from "./shardFromEnvironment";
export { stableHash, stableStringify } from "./stableHash";
export { toJSON, type ToJSONOptions } from "./toJSON";
export { fromJSON } from "./fromJSON";
export { toTidyCSV } from "./toTidyCSV";
export { toCSV, csvField } from "./toCSV";
export { flattenMetrics, type NestedMetrics } from "./flattenMetrics";
export { validate, validateOrThrow, type ValidationResult } from "./validate";
export { formatIssues } from "./formatIssues";
export { ScenarioValidationError } from "./ScenarioValidationError";
export { jsonSchemaOf, type JsonSchemaOptions } from "./jsonSchemaOf";
export { wholeNumber } from "./wholeNumber";
export { closestMatch, levenshtein } from "./closestMatch";
export { officeModel, officeFromScenario } from "../models/office/officeModel";
export {
  officeScenarioSchema,
  officeSchema,
  runSettingsSchema,
  standardisedUnitSchema,
  teamUnitSchema,
  type OfficeScenario,
  type OfficeScenarioInput,
} from "../models/office/officeScenarioSchema";
export { defineScenario } from "../models/office/defineScenario";
export * from "./sensitivity/index";
export { calibrate, type CalibrateOptions, type FitParameter } from "./calibrate";
export {
  CALIBRATION_SCHEMA_VERSION,
  type CalibrationResult,
  type CalibrationResidual,
  type CalibrationStep,
  type FittedParameter,
} from "./CalibrationResult";
export { calibrationLoss, type LossTerm } from "./calibrationLoss";
export {
  parseObservedData,
  observedDataSchema,
  figureTolerance,
  DEFAULT_RELATIVE_TOLERANCE,
  OBSERVED_SCHEMA_VERSION,
  type ObservedData,
  type ObservedDataInput,
  type ObservedFigure,
} from "./ObservedData";
export { nelderMead, type NelderMeadOptions, type NelderMeadResult } from "./nelderMead";
export { knownResultKeys } from "./checkObservedKeys";
export { startingClaimSchema } from "../models/office/startingClaimSchema";
export { parseBacklogCSV, type BacklogCSVOptions } from "../models/office/parseBacklogCSV";
export { calibrationToJSON } from "./calibrationToJSON";
export { periodRows, periodLabels, toPeriodCSV, payback, type PeriodRow, type Payback, type PaybackOptions } from "./periodResults";
export { timelineSchema, checkTimeline } from "../models/office/timelineSchema";
export { timelineFromScenario } from "../models/office/timelineFromScenario";
export { recoveryTime, type Recovery, type RecoveryOptions } from "./recoveryTime";
