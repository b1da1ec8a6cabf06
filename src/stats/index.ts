/*
 * Streaming statistics whose memory does not grow with the number of
 * observations, plus confidence intervals and small-sample summaries.
 */

export { Tally } from "./Tally";
export { TimeWeighted } from "./TimeWeighted";
export { QuantileSketch } from "./QuantileSketch";
export { BatchMeans } from "./BatchMeans";
export { studentTQuantile } from "./studentTQuantile";
export { normalQuantile } from "./normalQuantile";
export { confidenceInterval } from "./confidenceInterval";
export type { ConfidenceInterval } from "./confidenceInterval";
export { pairedDifference } from "./pairedDifference";
export { summarize } from "./summarize";
export type { Summary } from "./summarize";
