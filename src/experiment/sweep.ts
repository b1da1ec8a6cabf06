/*
 * Parameter sweeps: run a base scenario with some settings varied, either over
 * the full grid of combinations or one setting at a time, and return the
 * results as one tidy table (a row per point, replication and metric, with the
 * varied settings as columns). All points share the root seed and replication
 * indices, so they are compared under common random numbers.
 */
import type { ExperimentModel } from "./ExperimentModel";
import type { ExperimentResult, ShardInfo } from "./ExperimentResult";
import { parsePath } from "./parsePath";
import { buildResult } from "./buildResult";
import type { ShardSpec } from "./runReplications";
import { shardIndices } from "./shardIndices";
import { sweepRows } from "./sweepRows";
import { checkCommonOptions, checkCount, prepareScenario, resolveModel, runScenarios, seeded, type CommonRunOptions } from "./runScenarios";
import { getPath, setPath } from "./setPath";

/**
 * Which points to run. Keys are dotted paths into the scenario
 * (`policies[1].target.perWeek`, see {@link setPath}), values the settings to try.
 * - `grid`: every combination; the first path varies slowest.
 * - `oneAtATime`: each path over its values with every other setting at its
 *   base value (the base itself is not added; include its value to get it).
 */
export type SweepDesign = { grid: Record<string, unknown[]> } | { oneAtATime: Record<string, unknown[]> };

/** Options of {@link sweep}. */
export interface SweepOptions extends CommonRunOptions {
  /** Replications per point (indices 0 … replications − 1). */
  replications: number;
  /** Run only this shard of the replications (at every point); join shards with {@link mergeSweeps}. */
  shard?: ShardSpec;
}

/** One point of a sweep: its number and the value of every swept path there. */
export interface SweepPoint {
  /** Position in {@link SweepResult.points}. */
  point: number;
  /** Swept path → value at this point (base value for paths not varied here). */
  parameters: Record<string, unknown>;
}

/** One row of the tidy sweep table; swept paths are extra columns. */
export interface SweepRow {
  point: number;
  replication: number;
  metric: string;
  value: number;
  [parameter: string]: unknown;
}

/** The result of {@link sweep}. */
export interface SweepResult<S = unknown> {
  /** Format version, 1. */
  schemaVersion: 1;
  /** Model id. */
  model: string;
  /** Root seed shared by all points. */
  rootSeed: number | string;
  /** Replication indices shared by all points. */
  replications: number[];
  /** The swept paths, in design order (the parameter columns of `rows`). */
  parameters: string[];
  /** The points, in run order. */
  points: SweepPoint[];
  /** Each point's full result, in the order of `points`. */
  results: ExperimentResult<S>[];
  /** Tidy table: `{ point, replication, metric, value, ...parameters }`, by point, replication, metric. */
  rows: SweepRow[];
  /** Present when only one shard of the replications was run. */
  shard?: ShardInfo;
}

const RESERVED = new Set(["point", "replication", "metric", "value"]);

/**
 * Runs `base` at every point of `design` and gathers the results.
 *
 * Settings are applied to the validated base scenario (defaults filled in), and
 * each point is validated again, so an out-of-range value is reported with the
 * point it belongs to.
 *
 * @throws RangeError if a path is malformed or does not exist in the scenario,
 *   a value list is empty, or a path is named point, replication, metric or value
 * @throws ScenarioValidationError if a point's scenario is invalid
 */
export async function sweep<S, In>(model: ExperimentModel<S, In> | string, base: In, design: SweepDesign, options: SweepOptions): Promise<SweepResult<S>> {
  const caller = "sweep";
  checkCommonOptions(options, caller);
  const m = resolveModel(model, caller);
  const n = checkCount(options.replications, "replications", caller);
  const parsedBase = prepareScenario(m, base, "base scenario");
  const o = seeded(options, parsedBase, m.id, caller);
  const { paths, settings } = planPoints(design, caller);
  for (const path of paths) {
    parsePath(path);
    getPath(parsedBase, path); // throws, naming the path, if it does not exist
  }
  const points: SweepPoint[] = [];
  const scenarios: S[] = [];
  settings.forEach((setting, k) => {
    let scenario = parsedBase;
    for (const [path, value] of setting) scenario = setPath(scenario, path, value);
    const label = setting.map(([p, v]) => `${p} = ${JSON.stringify(v)}`).join(", ");
    scenarios.push(prepareScenario(m, scenario as unknown as In, `scenario of sweep point ${k} (${label})`));
    const parameters: Record<string, unknown> = {};
    for (const path of paths) parameters[path] = structuredClone(getPath(scenario, path));
    points.push({ point: k, parameters });
  });
  const { indices, info: shard } = shardIndices(n, options.shard, caller);
  const runs = await runScenarios(m, scenarios, indices, o);
  const results = scenarios.map((s, k) => {
    const r = buildResult(m.id, s, o.rootSeed, [...indices], runs.records[k]!, runs.series?.[k]);
    if (shard !== undefined) r.shard = { ...shard };
    return r;
  });
  const rows = sweepRows(points, results);
  const out: SweepResult<S> = { schemaVersion: 1, model: m.id, rootSeed: o.rootSeed, replications: indices, parameters: paths, points, results, rows };
  if (shard !== undefined) out.shard = shard;
  return out;
}

/** The swept paths and, per point, the (path, value) settings to apply. */
function planPoints(design: SweepDesign, caller: string): { paths: string[]; settings: Array<Array<[string, unknown]>> } {
  const isGrid = typeof design === "object" && design !== null && "grid" in design;
  const isOne = typeof design === "object" && design !== null && "oneAtATime" in design;
  if (isGrid === isOne) {
    throw new TypeError(`${caller}: design must be { grid: { path: values[] } } or { oneAtATime: { path: values[] } }`);
  }
  const spec = isGrid ? design.grid : design.oneAtATime;
  const kind = isGrid ? "grid" : "oneAtATime";
  if (typeof spec !== "object" || spec === null || Object.keys(spec).length === 0) {
    throw new RangeError(`${caller}: design.${kind} must name at least one path with its values`);
  }
  const paths = Object.keys(spec);
  for (const path of paths) {
    if (RESERVED.has(path)) throw new RangeError(`${caller}: path "${path}" clashes with a column of the result table; sweep a longer path`);
    const values = spec[path];
    if (!Array.isArray(values) || values.length === 0) {
      throw new RangeError(`${caller}: design.${kind}["${path}"] must be a non-empty array of values, got ${JSON.stringify(values)}`);
    }
  }
  let settings: Array<Array<[string, unknown]>>;
  if (isGrid) {
    settings = [[]];
    for (const path of paths) {
      const next: Array<Array<[string, unknown]>> = [];
      for (const prefix of settings) for (const v of spec[path]!) next.push([...prefix, [path, v]]);
      settings = next;
    }
  } else {
    settings = [];
    for (const path of paths) for (const v of spec[path]!) settings.push([[path, v]]);
  }
  return { paths, settings };
}
