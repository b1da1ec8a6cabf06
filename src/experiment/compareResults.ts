/*
 * The paired comparison of variants with a base, metric by metric, from
 * results already run on the same replications (common random numbers):
 * replication i of the base is set against replication i of each variant.
 * Used by compareVariants and when the shards of a comparison are merged.
 */
import { mean } from "d3-array";
import { pairedDifference } from "../stats";
import type { MetricComparison } from "./compareVariants";
import type { ExperimentResult } from "./ExperimentResult";

/**
 * Variant name → metric → comparison with the base. Pairs where either value
 * is not finite are left out of that metric (`difference.excluded` counts them).
 *
 * @param base - the base's result
 * @param variants - each variant's result on the same replications, by name
 * @param metrics - the metrics to compare, in this order
 * @throws RangeError if neither the base nor a variant reports a metric
 */
export function compareResults(
  base: ExperimentResult<unknown>,
  variants: Record<string, ExperimentResult<unknown>>,
  metrics: readonly string[],
): Record<string, Record<string, MetricComparison>> {
  const comparisons: Record<string, Record<string, MetricComparison>> = {};
  for (const [name, variant] of Object.entries(variants)) {
    const perMetric: Record<string, MetricComparison> = {};
    for (const metric of metrics) perMetric[metric] = compareMetric(base, variant, metric, name);
    comparisons[name] = perMetric;
  }
  return comparisons;
}

function compareMetric(base: ExperimentResult<unknown>, variant: ExperimentResult<unknown>, metric: string, name: string): MetricComparison {
  const a: number[] = [];
  const b: number[] = [];
  let excluded = 0;
  let present = false;
  for (let k = 0; k < base.records.length; k++) {
    const x = base.records[k]![metric];
    const y = variant.records[k]![metric];
    if (x !== undefined || y !== undefined) present = true;
    if (x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y)) {
      a.push(x);
      b.push(y);
    } else {
      excluded++;
    }
  }
  if (!present) {
    throw new RangeError(`compareVariants: metric "${metric}" is reported by neither the base nor variant "${name}"`);
  }
  const baseMean = mean(a) ?? NaN;
  const variantMean = mean(b) ?? NaN;
  const d = pairedDifference(a, b);
  return {
    baseMean,
    variantMean,
    difference: { mean: d.mean, sd: d.sd, n: d.n, halfWidth: d.halfWidth, lower: d.lower, upper: d.upper, level: d.level, excluded },
    significant: d.significant,
    relativeDifference: baseMean === 0 ? NaN : d.mean / Math.abs(baseMean),
  };
}
