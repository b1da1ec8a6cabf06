/*
 * Turns the runs of a sensitivity design into its measures: each point's
 * output is the mean over its replications (which share their random numbers
 * with every other point), and the method's estimator does the rest. Used by
 * both a whole run and a merge of shards, so the two give identical numbers.
 */
import { createStream } from "../../random";
import { morrisDesign } from "./morrisDesign";
import { morrisEffects } from "./morrisEffects";
import { rankCorrelation } from "./rankCorrelation";
import type { SensitivityMeasure, SensitivityResult } from "./SensitivityResult";
import { sobolIndices } from "./sobolIndices";

/**
 * The point outputs and measures of a result whose runs cover every design
 * point and replication.
 *
 * @throws RangeError if a run is missing
 */
export function analyseSensitivity(result: Omit<SensitivityResult, "measures" | "pointOutputs" | "variance">): {
  measures: SensitivityMeasure[];
  pointOutputs: number[];
  variance?: number;
} {
  const P = result.points.length;
  const sums = new Array<number>(P).fill(0);
  const counts = new Array<number>(P).fill(0);
  const seen = new Array<number>(P).fill(0);
  for (const r of result.runs) {
    seen[r.point]!++;
    if (Number.isFinite(r.value)) {
      sums[r.point]! += r.value;
      counts[r.point]!++;
    }
  }
  const reps = result.replications.length;
  const short = seen.findIndex((n) => n !== reps);
  if (short >= 0) throw new RangeError(`analyseSensitivity: point ${short} has ${seen[short]} runs, expected ${reps}; merge every shard`);
  const y = sums.map((s, p) => (counts[p]! > 0 ? s / counts[p]! : NaN));
  const k = result.parameters.length;
  const paths = result.parameters.map((p) => p.path);
  if (result.method === "morris") {
    // The design is rebuilt from the same stream, so its steps need not be stored.
    const design = morrisDesign(result.design.samples, k, createStream(result.rootSeed, "sensitivity", "design"), result.design.levels);
    const m = morrisEffects(design, y, k);
    return {
      pointOutputs: y,
      measures: m.map((e) => ({ parameter: paths[e.parameter]!, muStar: e.muStar, muStarSe: e.muStarSe, mu: e.mu, sigma: e.sigma })),
    };
  }
  if (result.method === "sobol") {
    const a = sobolIndices(y, result.design.samples, k, createStream(result.rootSeed, "sensitivity", "bootstrap"), {
      bootstrap: result.design.bootstrap ?? 500,
    });
    return {
      pointOutputs: y,
      variance: a.variance,
      measures: a.indices.map((s) => ({
        parameter: paths[s.parameter]!,
        first: s.first,
        firstLower: s.firstLower,
        firstUpper: s.firstUpper,
        total: s.total,
        totalLower: s.totalLower,
        totalUpper: s.totalUpper,
      })),
    };
  }
  return {
    pointOutputs: y,
    measures: paths.map((path, i) => ({ parameter: path, rankCorrelation: rankCorrelation(result.points.map((pt) => pt.unit[i]!), y) })),
  };
}
