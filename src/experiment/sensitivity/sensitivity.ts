/*
 * Global sensitivity analysis of a simulation output: which of the varied
 * settings (typically the model's assumptions) move the result, and how.
 * Morris screening ranks many parameters cheaply; Sobol indices split the
 * output's variance among a few; a Latin hypercube sample shows the output
 * over the whole box. The output is a metric, or the paired difference of a
 * metric between a variant and the base on common random numbers ("teams
 * minus standardised + targets"). Every design point runs the same
 * replication indices, so differences between points are not noise from
 * different random numbers. Points × replications run as tasks on the worker
 * pool and can be split into shards (see {@link mergeSensitivity}).
 */
import { createStream } from "../../random";
import type { ExperimentModel } from "../ExperimentModel";
import { checkCommonOptions, checkCount, prepareScenario, resolveModel, runScenarios, seeded, type CommonRunOptions } from "../runScenarios";
import { setPath } from "../setPath";
import { scenarioName } from "./scenarioName";
import { analyseSensitivity } from "./analyseSensitivity";
import { checkMetric } from "./checkMetric";
import { checkParameters, hasPath } from "./checkParameters";
import { latinHypercube } from "./latinHypercube";
import { morrisDesign } from "./morrisDesign";
import type { ParameterRange } from "./ParameterRange";
import { parameterValue } from "./parameterValue";
import { saltelliDesign } from "./saltelliDesign";
import type { SensitivityMethod, SensitivityPoint, SensitivityResult, SensitivityRun, SensitivityShard } from "./SensitivityResult";

/** Options of {@link sensitivity}. */
export interface SensitivityOptions<In = unknown> extends CommonRunOptions {
  /** `morris` (screening), `sobol` (variance shares) or `lhs` (Latin hypercube sample). */
  method: SensitivityMethod;
  /** The settings to vary and their ranges. */
  parameters: ParameterRange[];
  /** The metric analysed, e.g. `hoursPerCorrectDecision`, or several (all from the same runs). */
  metric: string | string[];
  /**
   * A variant scenario: the output becomes metric(variant) − metric(base),
   * replication by replication. Each parameter is set in every scenario that
   * has its path. @defaultValue none (the base's metric)
   */
  variant?: In;
  /** Names used in the output's description. @defaultValue the scenarios' `name` fields, else "base" and "variant" */
  baseName?: string;
  variantName?: string;
  /** Replications per design point (the same indices at every point). @defaultValue 1 */
  replications?: number;
  /**
   * Design size: Morris trajectories (≥ 2; r (k+1) points), Sobol base samples
   * (≥ 8; n (k+2) points) or Latin hypercube points (≥ 4).
   * @defaultValue morris 10, sobol 64, lhs 50
   */
  samples?: number;
  /** Morris grid levels (even). @defaultValue 4 */
  levels?: number;
  /** Sobol bootstrap resamples for the intervals. @defaultValue 500 */
  bootstrap?: number;
  /** Run only this shard: the design points p with p mod count = index. Join shards with {@link mergeSensitivity}. */
  shard?: SensitivityShard;
}

/** Smallest design size of each method, and why. */
export const MIN_SAMPLES: Record<SensitivityMethod, { min: number; why: string }> = {
  morris: { min: 2, why: "σ needs at least two elementary effects per parameter" },
  sobol: { min: 8, why: "the bootstrap intervals need at least 8 base samples" },
  lhs: { min: 4, why: "a rank correlation needs at least 4 points to say anything" },
};

const DEFAULT_SAMPLES: Record<SensitivityMethod, number> = { morris: 10, sobol: 64, lhs: 50 };

/**
 * Runs a sensitivity analysis of `metric` over `parameters` around `base`.
 * Everything is checked before the first replication: the method and design
 * size, each parameter path (it must exist in the base or the variant), each
 * range (not reversed, inside what the schema allows), every design point's
 * scenario, and the metric (with the model's cheap probe).
 *
 * @throws RangeError or TypeError naming the option, parameter or value, before anything runs
 * @throws ScenarioValidationError if a scenario is invalid
 */
export async function sensitivity<S, In>(model: ExperimentModel<S, In> | string, base: In, options: SensitivityOptions<In>): Promise<SensitivityResult<S>> {
  const caller = "sensitivity";
  const plan = planSensitivity(model, base, options, caller);
  const { m, scenarios, pointIndices, indices, paired } = plan;
  const perPoint = paired ? 2 : 1;
  const runs = await runScenarios(m, scenarios, indices, { ...options, rootSeed: plan.head.rootSeed });
  const out: SensitivityRun[] = [];
  pointIndices.forEach((p, s) => {
    indices.forEach((rep, r) => {
      for (const metric of plan.head.metrics) {
        const b = runs.records[s * perPoint]![r]![metric] ?? NaN;
        if (paired) {
          const v = runs.records[s * perPoint + 1]![r]![metric] ?? NaN;
          out.push({ point: p, replication: rep, metric, value: v - b, base: b, variant: v });
        } else {
          out.push({ point: p, replication: rep, metric, value: b, base: b });
        }
      }
    });
  });
  const partial = { ...plan.head, runs: out };
  if (options.shard !== undefined) return { ...partial, measures: [], pointOutputs: {} };
  return { ...partial, ...analyseSensitivity(partial) };
}

/** Everything {@link sensitivity} decides before running. */
interface SensitivityPlan<S> {
  m: ExperimentModel<S, unknown>;
  head: Omit<SensitivityResult<S>, "runs" | "measures" | "pointOutputs" | "variance">;
  scenarios: S[];
  pointIndices: number[];
  indices: number[];
  paired: boolean;
}

function planSensitivity<S, In>(model: ExperimentModel<S, In> | string, base: In, options: SensitivityOptions<In>, caller: string): SensitivityPlan<S> {
  checkCommonOptions(options, caller);
  const m = resolveModel(model, caller);
  const method = options.method;
  if (method !== "morris" && method !== "sobol" && method !== "lhs") {
    throw new RangeError(`${caller}: method must be "morris", "sobol" or "lhs", got ${JSON.stringify(method)}`);
  }
  const reps = checkCount(options.replications ?? 1, "replications", caller);
  const samples = options.samples ?? DEFAULT_SAMPLES[method];
  const { min, why } = MIN_SAMPLES[method];
  if (!Number.isInteger(samples) || samples < min) {
    const unit = method === "morris" ? "trajectories" : method === "sobol" ? "base samples" : "points";
    throw new RangeError(`${caller}: too few samples for ${method}: got ${samples} ${unit}, need a whole number ≥ ${min} (${why})`);
  }
  const levels = options.levels ?? 4;
  const bootstrap = options.bootstrap ?? 500;
  if (!Number.isInteger(bootstrap) || bootstrap < 0) throw new RangeError(`${caller}: bootstrap must be a whole number ≥ 0, got ${bootstrap}`);
  const parsedBase = prepareScenario(m, base, "base scenario");
  const paired = options.variant !== undefined;
  const parsedVariant = paired ? prepareScenario(m, options.variant as In, "variant scenario") : undefined;
  const rootSeed = seeded(options, parsedBase, m.id, caller).rootSeed;
  const named: Record<string, S> = { base: parsedBase };
  if (parsedVariant !== undefined) named["variant"] = parsedVariant;
  const params = options.parameters;
  checkParameters(m, named, params, caller);
  const shard = options.shard;
  if (
    shard !== undefined &&
    !(Number.isInteger(shard.count) && shard.count >= 1 && Number.isInteger(shard.index) && shard.index >= 0 && shard.index < shard.count)
  ) {
    throw new RangeError(`${caller}: shard must be { index, count } with 0 ≤ index < count, got ${JSON.stringify(shard)}`);
  }
  const metrics = Array.isArray(options.metric) ? [...options.metric] : [options.metric];
  if (metrics.length === 0) throw new RangeError(`${caller}: give at least one metric`);
  if (new Set(metrics).size !== metrics.length) throw new RangeError(`${caller}: metric ${metrics.find((x, i) => metrics.indexOf(x) !== i)} is given twice`);
  checkMetric(m, parsedBase, metrics, rootSeed, caller);
  if (parsedVariant !== undefined) checkMetric(m, parsedVariant, metrics, rootSeed, caller);

  const k = params.length;
  const rng = createStream(rootSeed, "sensitivity", "design");
  let unitPoints: number[][];
  const design: SensitivityResult["design"] = { samples, points: 0 };
  if (method === "morris") {
    const d = morrisDesign(samples, k, rng, levels);
    unitPoints = d.points;
    design.levels = d.levels;
    design.delta = d.delta;
  } else if (method === "sobol") {
    unitPoints = saltelliDesign(samples, k, rng);
    design.bootstrap = bootstrap;
  } else {
    unitPoints = latinHypercube(samples, k, rng);
  }
  design.points = unitPoints.length;
  const points: SensitivityPoint[] = unitPoints.map((unit, p) => {
    const values: Record<string, unknown> = {};
    params.forEach((par, i) => (values[par.path] = parameterValue(par, unit[i]!)));
    return { point: p, unit, values };
  });
  const pointIndices = points.filter((p) => shard === undefined || p.point % shard.count === shard.index).map((p) => p.point);
  const scenarios: S[] = [];
  for (const p of pointIndices) {
    for (const [name, sc] of Object.entries(named)) {
      let s: unknown = sc;
      for (const par of params) if (hasPath(s, par.path)) s = setPath(s, par.path, points[p]!.values[par.path]);
      scenarios.push(prepareScenario(m, s as In, `${name} scenario at design point ${p} (${describeValues(points[p]!.values)})`));
    }
  }
  const baseName = options.baseName ?? scenarioName(parsedBase) ?? "base";
  const variantName = paired ? (options.variantName ?? scenarioName(parsedVariant) ?? "variant") : undefined;
  const head: SensitivityPlan<S>["head"] = {
    schemaVersion: 1,
    kind: "sensitivity",
    model: m.id,
    method,
    metrics,
    output: paired ? `${variantName} − ${baseName}` : baseName,
    baseName,
    rootSeed,
    replications: Array.from({ length: reps }, (_, i) => i),
    parameters: params.map((p) => structuredClone(p)),
    design,
    points,
    scenarios: parsedVariant === undefined ? { base: parsedBase } : { base: parsedBase, variant: parsedVariant },
  };
  if (variantName !== undefined) head.variantName = variantName;
  if (shard !== undefined) head.shard = { index: shard.index, count: shard.count };
  return { m, head, scenarios, pointIndices, indices: [...head.replications], paired };
}

function describeValues(values: Record<string, unknown>): string {
  return Object.entries(values)
    .map(([p, v]) => `${p} = ${typeof v === "number" ? Number(v.toPrecision(4)) : JSON.stringify(v)}`)
    .join(", ");
}
