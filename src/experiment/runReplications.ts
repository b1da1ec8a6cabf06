/*
 * Runs independent replications of one scenario, in parallel on worker threads
 * when the model is built in, and summarises each metric with a confidence
 * interval. Replication i always uses the streams of index i and results are
 * collected by index, so the outcome is the same whatever the number of
 * threads. Optional: run one shard of the replications, or keep replicating
 * until the intervals are narrow enough (sequential stopping).
 */
import { buildResult } from "./buildResult";
import { shardIndices } from "./shardIndices";
import { closestMatch } from "./closestMatch";
import type { ExperimentModel, MetricRecord } from "./ExperimentModel";
import type { ExperimentResult, SequentialOutcome } from "./ExperimentResult";
import { checkCommonOptions, checkCount, prepareScenario, resolveModel, runScenarios, seeded, type CommonRunOptions, type Seeded } from "./runScenarios";
import { planWorkers, runTasks } from "./runTasks";
import { summariseMetric } from "./summariseRecords";

/**
 * Sequential stopping rule: replicate until the 95% confidence interval of
 * every listed metric is narrow enough, or until `maxReplications`.
 *
 * A metric is precise enough when its half-width is at most
 * `relativeHalfWidth × |mean|` or at most `absoluteHalfWidth` (either suffices
 * when both are given; at least one is required).
 */
export interface SequentialRule {
  /** Metrics whose precision decides; at least one. */
  metrics: string[];
  /** Target half-width as a fraction of |mean|, e.g. 0.05; > 0. */
  relativeHalfWidth?: number;
  /** Target half-width in the metric's units; > 0. */
  absoluteHalfWidth?: number;
  /** Replications before precision is first checked, ≥ 2. @defaultValue `replications` if given, else 10 */
  minReplications?: number;
  /** Most replications, ≥ minReplications. */
  maxReplications: number;
}

/** Which shard of the replications to run: those with `i % count === index`. */
export interface ShardSpec {
  /** Shard number, 0 ≤ index < count. */
  index: number;
  /** Number of shards, ≥ 1. */
  count: number;
}

/** Options of {@link runReplications}. */
export interface ReplicationOptions extends CommonRunOptions {
  /**
   * Number of replications (indices 0 … replications − 1). Required unless
   * `sequential` is given; with `sequential` it is the minimum number.
   */
  replications?: number;
  /** Run only the replications of this shard; merge shards with {@link mergeResults}. Not with `sequential`. */
  shard?: ShardSpec;
  /** Keep replicating until the chosen metrics are precise enough (see {@link SequentialRule}). */
  sequential?: SequentialRule;
}

/**
 * Runs replications of `scenario` and summarises every metric.
 *
 * Replication i runs with context `{ rootSeed, replication: i }`; records come
 * back in index order and summaries are computed from them in that order, so
 * results are bit-identical for any `workers`.
 *
 * With `sequential`, replications 0, 1, 2, … run (as many at once as there are
 * workers) and the rule is checked on each completed prefix 0 … n − 1 in turn
 * (n ≥ minReplications); the result holds the first prefix that meets it, or
 * `maxReplications` replications if none does. Replications that finished
 * beyond that prefix are discarded, so the outcome does not depend on the
 * number of workers either.
 *
 * @param model - the model, or the id of a registered model (built-in models are always known)
 * @param scenario - the scenario; validated against the model's schema if it has one
 * @param options - see {@link ReplicationOptions}
 * @throws ScenarioValidationError if the scenario is invalid (every problem listed)
 * @throws RangeError / TypeError for bad options
 * @returns rejects with `signal.reason` when aborted, or with an Error naming
 *   the replication if the model throws
 */
export async function runReplications<S, In>(model: ExperimentModel<S, In> | string, scenario: In, options: ReplicationOptions): Promise<ExperimentResult<S>> {
  const caller = "runReplications";
  checkCommonOptions(options, caller);
  const m = resolveModel(model, caller);
  const parsed = prepareScenario(m, scenario);
  const o = seeded(options, parsed, m.id, caller);
  if (options.sequential !== undefined) {
    if (options.shard !== undefined) {
      throw new RangeError(`${caller}: shard and sequential cannot be combined (a sequential run decides its own length)`);
    }
    return runSequential(m, parsed, o, options.sequential);
  }
  const total = checkCount(options.replications, "replications", caller);
  const { indices, info: shard } = shardIndices(total, options.shard, caller);
  const runs = await runScenarios(m, [parsed], indices, o);
  const result = buildResult(m.id, parsed, o.rootSeed, indices, runs.records[0]!, runs.series?.[0]);
  if (shard !== undefined) result.shard = shard;
  return result;
}

async function runSequential<S>(
  model: ExperimentModel<S, unknown>,
  scenario: S,
  options: Seeded<ReplicationOptions>,
  rule: SequentialRule,
): Promise<ExperimentResult<S>> {
  const caller = "runReplications";
  const r = checkRule(rule, options.replications, caller);
  const max = r.maxReplications;
  const records = new Array<MetricRecord | undefined>(max);
  const keepSeries = options.keepSeries === true;
  const series: Array<Record<string, number[]>> = [];
  let issued = 0;
  let done = 0;
  let prefix = 0; // replications 0 … prefix − 1 are complete
  let stop: { n: number; by: "precision" | "cap" } | undefined;
  let checkedNames = false;

  await runTasks({
    model,
    scenarios: [scenario],
    rootSeed: options.rootSeed,
    workers: planWorkers(options.workers, model, max),
    keepSeries,
    signal: options.signal,
    next: () => (issued < max ? { scenario: 0, replication: issued++ } : undefined),
    onResult: (task, out) => {
      records[task.replication] = out.metrics;
      if (keepSeries) series[task.replication] = out.series ?? {};
      if (!checkedNames) {
        checkMetricNames(r.metrics, out.metrics, caller);
        checkedNames = true;
      }
      done++;
      options.onProgress?.(done, max);
      while (prefix < max && records[prefix] !== undefined) {
        prefix++;
        if (prefix >= r.minReplications && precisionMet(records as MetricRecord[], prefix, r)) {
          stop = { n: prefix, by: "precision" };
          return true;
        }
      }
      if (prefix === max) {
        stop = { n: max, by: "cap" };
        return true;
      }
      return false;
    },
  });
  if (stop === undefined) throw new Error(`${caller}: sequential run ended without a decision (internal error)`);
  const n = stop.n;
  const indices = Array.from({ length: n }, (_, i) => i);
  const result = buildResult(
    model.id,
    scenario,
    options.rootSeed,
    indices,
    (records as MetricRecord[]).slice(0, n),
    keepSeries ? series.slice(0, n) : undefined,
  );
  const outcome: SequentialOutcome = {
    stoppedBy: stop.by,
    metrics: [...r.metrics],
    minReplications: r.minReplications,
    maxReplications: max,
  };
  if (r.relativeHalfWidth !== undefined) outcome.relativeHalfWidth = r.relativeHalfWidth;
  if (r.absoluteHalfWidth !== undefined) outcome.absoluteHalfWidth = r.absoluteHalfWidth;
  result.sequential = outcome;
  return result;
}

function precisionMet(records: MetricRecord[], n: number, rule: SequentialRule): boolean {
  const prefix = records.slice(0, n);
  for (const name of rule.metrics) {
    const s = summariseMetric(prefix, name);
    if (!(s.n >= 2 && Number.isFinite(s.halfWidth))) return false;
    const absOk = rule.absoluteHalfWidth !== undefined && s.halfWidth <= rule.absoluteHalfWidth;
    const relOk = rule.relativeHalfWidth !== undefined && s.halfWidth <= rule.relativeHalfWidth * Math.abs(s.mean);
    if (!absOk && !relOk) return false;
  }
  return true;
}

function checkRule(rule: SequentialRule, replications: number | undefined, caller: string): SequentialRule & { minReplications: number } {
  if (typeof rule !== "object" || rule === null) {
    throw new TypeError(`${caller}: sequential must be an object { metrics, maxReplications, relativeHalfWidth?/absoluteHalfWidth? }`);
  }
  if (!Array.isArray(rule.metrics) || rule.metrics.length === 0 || !rule.metrics.every((x) => typeof x === "string")) {
    throw new RangeError(`${caller}: sequential.metrics must be a non-empty array of metric names, got ${JSON.stringify(rule.metrics)}`);
  }
  if (rule.relativeHalfWidth === undefined && rule.absoluteHalfWidth === undefined) {
    throw new RangeError(`${caller}: sequential needs a target: relativeHalfWidth and/or absoluteHalfWidth (numbers > 0)`);
  }
  for (const key of ["relativeHalfWidth", "absoluteHalfWidth"] as const) {
    const v = rule[key];
    if (v !== undefined && !(typeof v === "number" && v > 0 && Number.isFinite(v))) {
      throw new RangeError(`${caller}: sequential.${key} must be a finite number > 0, got ${String(v)}`);
    }
  }
  if (replications !== undefined && rule.minReplications !== undefined && replications !== rule.minReplications) {
    throw new RangeError(
      `${caller}: with sequential, replications (${replications}) is the minimum number and must equal sequential.minReplications (${rule.minReplications}) when both are given`,
    );
  }
  const min = rule.minReplications ?? replications ?? 10;
  if (!Number.isInteger(min) || min < 2) {
    throw new RangeError(`${caller}: sequential.minReplications must be a whole number ≥ 2, got ${String(min)}`);
  }
  const max = checkCount(rule.maxReplications, "sequential.maxReplications", caller);
  if (max < min) {
    throw new RangeError(`${caller}: sequential.maxReplications must be ≥ minReplications (${min}), got ${max}`);
  }
  return { ...rule, minReplications: min };
}

function checkMetricNames(names: string[], record: MetricRecord, caller: string): void {
  const known = Object.keys(record);
  for (const name of names) {
    if (!Object.hasOwn(record, name)) {
      const guess = closestMatch(name, known);
      throw new RangeError(
        `${caller}: sequential.metrics names "${name}", which the model does not report` +
          (guess === undefined ? "" : `; did you mean "${guess}"?`) +
          ` Metrics: ${known.join(", ")}`,
      );
    }
  }
}
