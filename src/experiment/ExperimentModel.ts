/*
 * The contract between a simulation model and the experiment layer. A model is
 * a named, pure function from a scenario and a replication context to a flat
 * record of metrics; everything random in it comes from streams derived from the
 * context, so the same scenario, seed and replication index always give the same
 * numbers, in any thread.
 */
import type { ZodType } from "zod";
import type { ModelReport } from "../report/ModelReport";

/**
 * One replication's flat result: metric name → number. Nested groups are
 * flattened with dots, e.g. `"leadTimeDays.p90"` (see {@link flattenMetrics}).
 */
export type MetricRecord = Record<string, number>;

/** What identifies one replication: the experiment's root seed and the replication index. */
export interface ReplicationContext {
  /** Root seed of the experiment (a finite number or a non-empty string without `/`). */
  rootSeed: number | string;
  /** Replication index, a whole number ≥ 0. */
  replication: number;
}

/** What one replication of a model returns. */
export interface ModelOutput {
  /** The replication's metrics. */
  metrics: MetricRecord;
  /** Optional time series (e.g. weekly backlog), kept only when asked for. */
  series?: Record<string, number[]>;
}

/**
 * A model the experiment layer can run.
 *
 * `run` must be a pure function of `(scenario, ctx)`: all randomness comes from
 * `createStream(ctx.rootSeed, "rep", ctx.replication, <name>)`, and nothing is
 * read from or written to shared state. That is what makes results identical
 * whatever the number of worker threads, and variants comparable with common
 * random numbers.
 *
 * @typeParam S - the scenario the model runs (after validation and defaults)
 * @typeParam In - the scenario as written by a user (before defaults); `S` by default
 */
export interface ExperimentModel<S, In = S> {
  /** Unique name, used to find the model in worker threads (see {@link registerModel}). */
  readonly id: string;
  /**
   * Optional zod schema of the scenario. When present, the experiment functions
   * validate the scenario once before running (reporting every error at once)
   * and pass the parsed value, defaults filled in, to `run`. No schema by default.
   */
  readonly schema?: ZodType<S, In>;
  /** Runs one replication. */
  run(scenario: S, ctx: ReplicationContext): ModelOutput;
  /**
   * Optional: a cheap version of a validated scenario (e.g. a short horizon)
   * whose run reports the same metric names, so that a requested metric can be
   * checked before a long experiment starts. Without it the check runs one
   * full replication. None by default.
   */
  probe?(scenario: S): S;
  /**
   * Optional: a module specifier (a package name such as `"caseflow"`, a
   * `file:` URL, or an absolute path) that worker threads import to find this
   * model: the module must export it (as a named or default export) under the
   * same `id`. With it the model runs on worker threads; without it, in the
   * calling thread only. A model written in its own ES module sets
   * `module: import.meta.url`. None by default.
   */
  readonly module?: string;
  /**
   * Optional: result keys the model reports only when they occur (e.g. the
   * office's `contactsByReason.<reason>`), so that a figure naming one of them
   * is accepted before any replication shows it. None by default.
   */
  readonly occasionalMetrics?: readonly string[];
  /**
   * Optional: how reports present the model's results: its metric table,
   * the metrics shown first, its charts and a plain description of a scenario.
   * Without it reports show every metric by its key. None by default.
   */
  readonly report?: ModelReport;
}

/**
 * A model of any scenario type, as the model registry, the worker pool and the
 * reports hold it: they pass scenarios through without reading them. Every
 * `ExperimentModel<S, In>` is one (its `run` and `probe` are methods, so they
 * accept the wider scenario type).
 */
export type SomeExperimentModel = ExperimentModel<unknown, unknown>;
