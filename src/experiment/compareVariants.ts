/*
 * Compares policy variants with a base scenario using common random numbers:
 * every variant runs the same replication indices with the same root seed, so
 * replication i of each sees the same arrivals, case mix and behaviour. The
 * differences are then judged pairwise, replication by replication, which
 * removes most of the shared noise.
 */
import type { ExperimentModel } from "./ExperimentModel";
import type { ExperimentResult, MetricSummary, ShardInfo } from "./ExperimentResult";
import { buildResult } from "./buildResult";
import { compareResults } from "./compareResults";
import type { ShardSpec } from "./runReplications";
import { shardIndices } from "./shardIndices";
import { checkCommonOptions, checkCount, prepareScenario, resolveModel, runScenarios, seeded, type CommonRunOptions } from "./runScenarios";
import { metricNames } from "./summariseRecords";

/** Options of {@link compareVariants}. */
export interface CompareOptions extends CommonRunOptions {
  /** Replications per scenario (indices 0 … replications − 1), ≥ 2. */
  replications: number;
  /** Metrics to compare. @defaultValue every metric of the base scenario */
  metrics?: string[];
  /** Run only this shard of the replications (for base and variants alike); join shards with {@link mergeComparisons}. */
  shard?: ShardSpec;
}

/** One metric of one variant against the base. */
export interface MetricComparison {
  /** Mean of the base over the paired replications. */
  baseMean: number;
  /** Mean of the variant over the paired replications. */
  variantMean: number;
  /** Paired 95% confidence interval for mean(variant − base). */
  difference: MetricSummary;
  /** Whether the interval for the difference excludes 0. */
  significant: boolean;
  /** `difference.mean / |baseMean|` (NaN when baseMean is 0). */
  relativeDifference: number;
}

/** The result of {@link compareVariants}. */
export interface ComparisonResult<S = unknown> {
  /** Format version, 1. */
  schemaVersion: 1;
  /** Model id. */
  model: string;
  /** Root seed shared by all scenarios. */
  rootSeed: number | string;
  /** Replication indices shared by all scenarios. */
  replications: number[];
  /** The base scenario's result. */
  base: ExperimentResult<S>;
  /** Each variant's result, by variant name. */
  variants: Record<string, ExperimentResult<S>>;
  /** Variant name → metric → comparison with the base (over this shard's replications only, for a shard). */
  comparisons: Record<string, Record<string, MetricComparison>>;
  /** Present when only one shard of the replications was run. */
  shard?: ShardInfo;
}

/**
 * Runs `base` and every variant on the same replications (common random
 * numbers) and compares each variant with the base, metric by metric, with a
 * paired confidence interval.
 *
 * Pairs where either value is not finite (e.g. a mean wait when nobody waited)
 * are left out of that metric's comparison; `difference.excluded` counts them.
 * With `shard`, only that shard's replications run (the check for at least two
 * replications applies to the whole experiment); merge the shards with
 * {@link mergeComparisons}.
 *
 * @param model - model or model id
 * @param base - the reference scenario
 * @param variants - the alternatives, by name (at least one)
 * @param options - see {@link CompareOptions}
 * @throws ScenarioValidationError naming the scenario if one is invalid
 */
export async function compareVariants<S, In>(
  model: ExperimentModel<S, In> | string,
  base: In,
  variants: Record<string, In>,
  options: CompareOptions,
): Promise<ComparisonResult<S>> {
  const caller = "compareVariants";
  checkCommonOptions(options, caller);
  const m = resolveModel(model, caller);
  const n = checkCount(options.replications, "replications", caller);
  if (n < 2) throw new RangeError(`${caller}: replications must be at least 2 for a confidence interval, got ${n}`);
  if (typeof variants !== "object" || variants === null || Object.keys(variants).length === 0) {
    throw new RangeError(`${caller}: variants must be an object with at least one named scenario`);
  }
  const names = Object.keys(variants);
  const scenarios: S[] = [prepareScenario(m, base, "base scenario")];
  for (const name of names) scenarios.push(prepareScenario(m, variants[name]!, `scenario of variant "${name}"`));
  const o = seeded(options, scenarios[0], m.id, caller);
  const { indices, info: shard } = shardIndices(n, options.shard, caller);
  const runs = await runScenarios(m, scenarios, indices, o);
  const results = scenarios.map((s, k) => {
    const r = buildResult(m.id, s, o.rootSeed, [...indices], runs.records[k]!, runs.series?.[k]);
    if (shard !== undefined) r.shard = { ...shard };
    return r;
  });
  const baseResult = results[0]!;
  const metrics = options.metrics ?? metricNames(baseResult.records);
  const variantResults: Record<string, ExperimentResult<S>> = {};
  names.forEach((name, k) => (variantResults[name] = results[k + 1]!));
  const comparisons = compareResults(baseResult, variantResults, metrics);
  const out: ComparisonResult<S> = {
    schemaVersion: 1,
    model: m.id,
    rootSeed: o.rootSeed,
    replications: indices,
    base: baseResult,
    variants: variantResults,
    comparisons,
  };
  if (shard !== undefined) out.shard = shard;
  return out;
}
