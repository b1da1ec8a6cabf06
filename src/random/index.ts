/*
 * Randomness for caseflow: seeded named streams and distributions that take the
 * random source as their first argument. Re-exports only.
 */
export type { Rng } from "./Rng";
export type { RandomStream } from "./RandomStream";
export { createStream } from "./createStream";
export { uniform } from "./uniform";
export { exponential } from "./exponential";
export { standardNormal } from "./standardNormal";
export { normal } from "./normal";
export { lognormal } from "./lognormal";
export { lognormalMeanCv } from "./lognormalMeanCv";
export { gamma } from "./gamma";
export { erlang } from "./erlang";
export { weibull } from "./weibull";
export { triangular } from "./triangular";
export { bernoulli } from "./bernoulli";
export { poisson } from "./poisson";
export { discrete } from "./discrete";
export { discreteSampler } from "./discreteSampler";
export { empirical } from "./empirical";
export { nhppNext } from "./nhppNext";
export type { RateBound } from "./nhppNext";
export { piecewiseRate } from "./piecewiseRate";
export type { PiecewiseRate, PiecewiseIntensity } from "./piecewiseRate";
