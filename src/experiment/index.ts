/*
 * The experiment layer (caseflow/experiment): the model contract and registry,
 * replications on worker threads, sequential stopping, shards, paired comparisons with common random
 * numbers, parameter sweeps, calibration to observed figures, result files, and
 * scenario validation. It knows no model: the built-in ones are in src/models.
 * Re-exports only.
 */
export type { ExperimentModel, MetricRecord, ModelOutput, ReplicationContext, SomeExperimentModel } from "./ExperimentModel";
export { RESULT_SCHEMA_VERSION, type ExperimentResult, type MetricSummary, type SequentialOutcome, type ShardInfo } from "./ExperimentResult";
export { registerModel, getModel, listModels } from "./modelRegistry";
export { runReplications, type ReplicationOptions, type SequentialRule, type ShardSpec } from "./runReplications";
export type { CommonRunOptions } from "./runScenarios";
export { activeWorkerCount } from "./runTasks";
export { summariseRecords, summariseMetric, metricNames } from "./summariseRecords";
export { compareVariants, type CompareOptions, type ComparisonResult, type MetricComparison } from "./compareVariants";
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
export * from "./sensitivity/index";
export { calibrate, type CalibrateOptions, type FitParameter } from "./calibrate";
export { CALIBRATION_SCHEMA_VERSION, type CalibrationResult, type CalibrationResidual, type CalibrationStep, type FittedParameter } from "./CalibrationResult";
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
export { calibrationToJSON } from "./calibrationToJSON";
export { periodRows, periodLabels, toPeriodCSV, payback, type PeriodRow, type Payback, type PaybackOptions } from "./periodResults";
export { recoveryTime, type Recovery, type RecoveryOptions } from "./recoveryTime";
