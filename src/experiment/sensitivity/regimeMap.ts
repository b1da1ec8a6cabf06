/*
 * Regime maps: under which conditions does each way of working win? Two
 * conditions (say case variety and demand per handler) span a grid; in every
 * cell the base and a variant run on the same replications (common random
 * numbers) and their paired difference on one metric says which is better
 * there and whether that is more than noise. The boundary between the regions
 * is reported in words (see {@link describeBoundary}).
 */
import { pairedDifference } from "../../stats";
import type { ExperimentModel } from "../ExperimentModel";
import { checkCommonOptions, checkCount, prepareScenario, resolveModel, runScenarios, seeded, type CommonRunOptions } from "../runScenarios";
import { setPath } from "../setPath";
import { scenarioName } from "./scenarioName";
import { checkMetric } from "./checkMetric";
import { checkParameters, hasPath } from "./checkParameters";
import { describeBoundary } from "./describeBoundary";
import type { RegimeAxis, RegimeCell, RegimeMapResult } from "./RegimeMapResult";

/** Options of {@link regimeMap}. */
export interface RegimeMapOptions extends CommonRunOptions {
  /** The horizontal condition: a path and its values (at least 2). */
  x: RegimeAxis;
  /** The vertical condition. */
  y: RegimeAxis;
  /** The metric compared. */
  metric: string;
  /** Whether lower or higher values are better. @defaultValue "lower" */
  better?: "lower" | "higher";
  /** Paired replications per cell, ≥ 2. */
  replications: number;
  /** Names in the verdicts. @defaultValue the scenarios' `name` fields, else "base" and "variant" */
  baseName?: string;
  variantName?: string;
}

/**
 * Runs `base` and `variant` in every cell of the x × y grid and says per cell
 * which is better on `metric`. Conditions are set in every scenario that has
 * the path. Everything is checked before the first replication.
 *
 * @throws RangeError naming the axis, value or metric if one is invalid
 * @throws ScenarioValidationError if a cell's scenario is invalid
 */
export async function regimeMap<S, In>(model: ExperimentModel<S, In> | string, base: In, variant: In, options: RegimeMapOptions): Promise<RegimeMapResult<S>> {
  const caller = "regimeMap";
  checkCommonOptions(options, caller);
  const m = resolveModel(model, caller);
  const reps = checkCount(options.replications, "replications", caller);
  if (reps < 2) throw new RangeError(`${caller}: replications must be at least 2 for a paired confidence interval, got ${reps}`);
  const better = options.better ?? "lower";
  if (better !== "lower" && better !== "higher") throw new RangeError(`${caller}: better must be "lower" or "higher", got ${JSON.stringify(better)}`);
  const parsedBase = prepareScenario(m, base, "base scenario");
  const parsedVariant = prepareScenario(m, variant, "variant scenario");
  const o = seeded(options, parsedBase, m.id, caller);
  const named = { base: parsedBase, variant: parsedVariant };
  for (const [axis, a] of [
    ["x", options.x],
    ["y", options.y],
  ] as const) {
    if (typeof a !== "object" || a === null || !Array.isArray(a.values) || a.values.length < 2) {
      throw new RangeError(`${caller}: ${axis} must be { path, values } with at least 2 values, got ${JSON.stringify(a)}`);
    }
  }
  if (options.x.path === options.y.path) throw new RangeError(`${caller}: x and y are both ${options.x.path}; give two different conditions`);
  checkParameters(
    m,
    named,
    [
      { path: options.x.path, kind: "discrete", values: options.x.values },
      { path: options.y.path, kind: "discrete", values: options.y.values },
    ],
    caller,
  );
  checkMetric(m, parsedBase, options.metric, o.rootSeed, caller);
  checkMetric(m, parsedVariant, options.metric, o.rootSeed, caller);
  const scenarios: S[] = [];
  const grid: Array<{ xi: number; yi: number }> = [];
  options.y.values.forEach((yv, yi) => {
    options.x.values.forEach((xv, xi) => {
      grid.push({ xi, yi });
      for (const [name, sc] of Object.entries(named)) {
        let s: unknown = sc;
        if (hasPath(s, options.x.path)) s = setPath(s, options.x.path, xv);
        if (hasPath(s, options.y.path)) s = setPath(s, options.y.path, yv);
        scenarios.push(prepareScenario(m, s as In, `${name} scenario at ${options.x.path} = ${JSON.stringify(xv)}, ${options.y.path} = ${JSON.stringify(yv)}`));
      }
    });
  });
  const indices = Array.from({ length: reps }, (_, i) => i);
  const runs = await runScenarios(m, scenarios, indices, o);
  const baseName = options.baseName ?? scenarioName(parsedBase) ?? "base";
  const variantName = options.variantName ?? scenarioName(parsedVariant) ?? "variant";
  const cells: RegimeCell[] = grid.map(({ xi, yi }, c) => {
    const a: number[] = [];
    const b: number[] = [];
    for (let r = 0; r < reps; r++) {
      const x = runs.records[2 * c]![r]![options.metric];
      const y = runs.records[2 * c + 1]![r]![options.metric];
      if (x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y)) {
        a.push(x);
        b.push(y);
      }
    }
    const mean = (xs: number[]): number => (xs.length === 0 ? NaN : xs.reduce((s, t) => s + t, 0) / xs.length);
    const d = a.length >= 2 ? pairedDifference(a, b) : { mean: mean(b) - mean(a), lower: NaN, upper: NaN, n: a.length, significant: false };
    const variantBetter = better === "lower" ? d.mean < 0 : d.mean > 0;
    return {
      xi,
      yi,
      x: structuredClone(options.x.values[xi]),
      y: structuredClone(options.y.values[yi]),
      baseMean: mean(a),
      variantMean: mean(b),
      difference: d.mean,
      lower: d.lower,
      upper: d.upper,
      n: d.n,
      significant: d.significant,
      winner: d.significant ? (variantBetter ? variantName : baseName) : "no clear difference",
    };
  });
  const x = { path: options.x.path, values: structuredClone(options.x.values) };
  const y = { path: options.y.path, values: structuredClone(options.y.values) };
  return {
    schemaVersion: 1,
    kind: "regimeMap",
    model: m.id,
    metric: options.metric,
    better,
    baseName,
    variantName,
    rootSeed: o.rootSeed,
    replications: indices,
    x,
    y,
    cells,
    boundary: describeBoundary(x, y, cells, options.metric, better),
    scenarios: { base: parsedBase, variant: parsedVariant },
  };
}
