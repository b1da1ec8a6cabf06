/*
 * Global sensitivity analysis and regime maps: which assumptions move a
 * result, and under which conditions each way of working wins. Re-exports only.
 */
export type { ParameterRange } from "./ParameterRange";
export { parameterValue } from "./parameterValue";
export { latinHypercube } from "./latinHypercube";
export { morrisDesign, type MorrisDesign, type MorrisStep } from "./morrisDesign";
export { morrisEffects, type MorrisMeasure } from "./morrisEffects";
export { saltelliDesign } from "./saltelliDesign";
export { sobolIndices, type SobolAnalysis, type SobolIndex, type SobolOptions } from "./sobolIndices";
export { rankCorrelation } from "./rankCorrelation";
export type { SensitivityMeasure, SensitivityMethod, SensitivityPoint, SensitivityResult, SensitivityRun, SensitivityShard } from "./SensitivityResult";
export { sensitivity, MIN_SAMPLES, type SensitivityOptions } from "./sensitivity";
export { mergeSensitivity } from "./mergeSensitivity";
export { analyseSensitivity } from "./analyseSensitivity";
export { regimeMap, type RegimeMapOptions } from "./regimeMap";
export type { RegimeAxis, RegimeCell, RegimeMapResult } from "./RegimeMapResult";
export { describeBoundary } from "./describeBoundary";
export { summariseOutput, type OutputSummary } from "./summariseOutput";
