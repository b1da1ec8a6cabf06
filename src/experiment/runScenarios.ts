/*
 * Shared plumbing of the experiment functions: finding the model, validating
 * scenarios and the common options, and running a fixed set of replications of
 * one or more scenarios on one pool of threads, results collected by index.
 */
import { describeValue } from "../text/describeValue";
import type { ExperimentModel, MetricRecord, ModelOutput, SomeExperimentModel } from "./ExperimentModel";
import { getModel, listModels, registerModel } from "./modelRegistry";
import { planWorkers, runTasks } from "./runTasks";
import { validateOrThrow } from "./validate";

/** Options shared by every experiment function. */
export interface CommonRunOptions {
  /**
   * Root seed: replication i of every scenario uses streams `createStream(rootSeed, "rep", i, …)`.
   * @defaultValue the (validated) scenario's `run.seed` when it has one (an office scenario's is 2026 unless it says otherwise); required for other models
   */
  rootSeed?: number | string;
  /**
   * Worker threads: a whole number ≥ 1, or `"auto"` for `os.availableParallelism()`.
   * Results are identical whatever the count. Only models with a `module`
   * (the built-in ones, and user models that name the module exporting them)
   * run on workers; others run in the calling thread. @defaultValue "auto"
   */
  workers?: number | "auto";
  /** Called after each replication with the number done and the number planned. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting rejects the run with `signal.reason` once every worker thread has stopped. */
  signal?: AbortSignal;
  /** Keep each replication's time series in the result. @defaultValue false */
  keepSeries?: boolean;
}

/** Records (and series) of each scenario, in the order of the replication indices. */
export interface ScenarioRuns {
  records: MetricRecord[][];
  series: Array<Record<string, number[]>>[] | undefined;
}

/**
 * The model for a model or a registered model id (the built-in ones are
 * registered when caseflow is imported from its root). A model object whose id
 * is not yet registered is registered, so that reports of its results find its
 * metric table and charts.
 */
export function resolveModel<S, In>(model: ExperimentModel<S, In> | string, caller: string): ExperimentModel<S, In> {
  // A registry id carries no types: the caller names the scenario types of the model registered under it.
  if (typeof model === "string") return getModel(model) as ExperimentModel<S, In>;
  if (typeof model !== "object" || model === null || typeof model.run !== "function" || typeof model.id !== "string") {
    throw new TypeError(`${caller}: model must be a model id or an object with id and run(scenario, ctx), got ${describeValue(model)}`);
  }
  if (model.id !== "" && !listModels().includes(model.id)) registerModel(model);
  return model;
}

/** The scenario as the model will see it: validated against the model's schema (defaults filled in), or a copy. */
export function prepareScenario<S, In>(model: ExperimentModel<S, In>, scenario: In, what = "scenario"): S {
  if (model.schema !== undefined) return validateOrThrow(model.schema, scenario, what);
  return structuredClone(scenario) as unknown as S;
}

/** Checks the root seed and the option types shared by all experiment functions. */
export function checkCommonOptions(options: CommonRunOptions, caller: string): void {
  if (typeof options !== "object" || options === null) {
    throw new TypeError(`${caller}: options must be an object with at least rootSeed, got ${String(options)}`);
  }
  const seed = options.rootSeed;
  if (seed === undefined) return checkCallback(options, caller);
  checkSeed(seed, caller);
  checkCallback(options, caller);
}

/** Options whose root seed is settled. */
export type Seeded<O extends CommonRunOptions> = O & { rootSeed: number | string };

/**
 * `options` with the root seed settled: `options.rootSeed`, or else the
 * validated scenario's `run.seed`.
 *
 * @throws RangeError when neither gives a seed, or the scenario's is not a valid one
 */
export function seeded<O extends CommonRunOptions>(options: O, scenario: unknown, modelId: string, caller: string): Seeded<O> {
  if (options.rootSeed !== undefined) return options as Seeded<O>;
  const run = typeof scenario === "object" && scenario !== null ? (scenario as { run?: unknown }).run : undefined;
  const seed = typeof run === "object" && run !== null ? (run as { seed?: unknown }).seed : undefined;
  if (seed === undefined) {
    throw new RangeError(`${caller}: rootSeed is required: the scenario of model "${modelId}" has no run.seed to take it from`);
  }
  checkSeed(seed, caller);
  return { ...options, rootSeed: seed as number | string };
}

function checkSeed(seed: unknown, caller: string): void {
  const seedOk = (typeof seed === "number" && Number.isFinite(seed)) || (typeof seed === "string" && seed !== "" && !seed.includes("/"));
  if (!seedOk) {
    throw new RangeError(`${caller}: rootSeed must be a finite number or a non-empty string without "/", got ${JSON.stringify(seed) ?? String(seed)}`);
  }
}

function checkCallback(options: CommonRunOptions, caller: string): void {
  if (options.onProgress !== undefined && typeof options.onProgress !== "function") {
    throw new TypeError(`${caller}: onProgress must be a function (done, total) => void, got ${typeof options.onProgress}`);
  }
}

/** Checks a replication count: a whole number ≥ 1. */
export function checkCount(value: unknown, name: string, caller: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    throw new RangeError(`${caller}: ${name} must be a whole number ≥ 1, got ${String(value)}`);
  }
  return value;
}

/**
 * Runs replications `indices` of every scenario and returns each scenario's
 * records in the order of `indices`. Tasks go out replication by replication,
 * all scenarios of one replication together.
 */
export async function runScenarios(
  model: SomeExperimentModel,
  scenarios: readonly unknown[],
  indices: readonly number[],
  options: Seeded<CommonRunOptions>,
): Promise<ScenarioRuns> {
  const total = scenarios.length * indices.length;
  const keepSeries = options.keepSeries === true;
  const records: MetricRecord[][] = scenarios.map(() => new Array<MetricRecord>(indices.length));
  const series = keepSeries ? scenarios.map(() => new Array<Record<string, number[]>>(indices.length)) : undefined;
  const slot = new Map<number, number>();
  indices.forEach((rep, k) => slot.set(rep, k));
  let issued = 0;
  let done = 0;
  await runTasks({
    model,
    scenarios,
    rootSeed: options.rootSeed,
    workers: planWorkers(options.workers, model, total),
    keepSeries,
    signal: options.signal,
    next: () => {
      if (issued >= total) return undefined;
      const k = Math.floor(issued / scenarios.length);
      const scenario = issued % scenarios.length;
      issued++;
      return { scenario, replication: indices[k]! };
    },
    onResult: (task, out: ModelOutput) => {
      const k = slot.get(task.replication)!;
      records[task.scenario]![k] = out.metrics;
      if (series !== undefined) series[task.scenario]![k] = out.series ?? {};
      done++;
      options.onProgress?.(done, total);
    },
  });
  return { records, series };
}
