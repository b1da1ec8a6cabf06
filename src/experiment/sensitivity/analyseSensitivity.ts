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
  pointOutputs: Record<string, number[]>;
  variance?: Record<string, number>;
} {
  const P = result.points.length;
  const reps = result.replications.length;
  const k = result.parameters.length;
  const paths = result.parameters.map((p) => p.path);
  const index = new Map(result.metrics.map((m, j) => [m, j]));
  const sums = result.metrics.map(() => new Array<number>(P).fill(0));
  const counts = result.metrics.map(() => new Array<number>(P).fill(0));
  const seen = result.metrics.map(() => new Array<number>(P).fill(0));
  for (const r of result.runs) {
    const j = index.get(r.metric);
    if (j === undefined) throw new RangeError(`analyseSensitivity: run of metric "${r.metric}", which is not among the metrics ${result.metrics.join(", ")}`);
    seen[j]![r.point]!++;
    if (Number.isFinite(r.value)) {
      sums[j]![r.point]! += r.value;
      counts[j]![r.point]!++;
    }
  }
  seen.forEach((s, j) => {
    const short = s.findIndex((n) => n !== reps);
    if (short >= 0)
      throw new RangeError(`analyseSensitivity: point ${short} has ${s[short]} runs of ${result.metrics[j]}, expected ${reps}; merge every shard`);
  });
  // The Morris design is rebuilt from the same stream, so its steps need not be stored.
  const morris =
    result.method === "morris"
      ? morrisDesign(result.design.samples, k, createStream(result.rootSeed, "sensitivity", "design"), result.design.levels)
      : undefined;
  const pointOutputs: Record<string, number[]> = {};
  const variance: Record<string, number> = {};
  const measures: SensitivityMeasure[] = [];
  result.metrics.forEach((metric, j) => {
    const y = sums[j]!.map((s, p) => (counts[j]![p]! > 0 ? s / counts[j]![p]! : NaN));
    pointOutputs[metric] = y;
    if (morris !== undefined) {
      for (const e of morrisEffects(morris, y, k)) {
        measures.push({ metric, parameter: paths[e.parameter]!, muStar: e.muStar, muStarSe: e.muStarSe, mu: e.mu, sigma: e.sigma });
      }
    } else if (result.method === "sobol") {
      // Each metric's bootstrap has its own stream, so adding a metric leaves the others' intervals unchanged.
      const a = sobolIndices(y, result.design.samples, k, createStream(result.rootSeed, "sensitivity", "bootstrap", metric), {
        bootstrap: result.design.bootstrap ?? 500,
      });
      variance[metric] = a.variance;
      for (const s of a.indices) {
        measures.push({
          metric,
          parameter: paths[s.parameter]!,
          first: s.first,
          firstLower: s.firstLower,
          firstUpper: s.firstUpper,
          total: s.total,
          totalLower: s.totalLower,
          totalUpper: s.totalUpper,
        });
      }
    } else {
      paths.forEach((path, i) =>
        measures.push({
          metric,
          parameter: path,
          rankCorrelation: rankCorrelation(
            result.points.map((pt) => pt.unit[i]!),
            y,
          ),
        }),
      );
    }
  });
  return result.method === "sobol" ? { measures, pointOutputs, variance } : { measures, pointOutputs };
}
