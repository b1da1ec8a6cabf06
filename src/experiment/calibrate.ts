/*
 * Fitting a model to an office: find values of chosen scenario settings
 * (claims per week, certificate completeness, staffing, …) that bring the
 * model's results close to the figures the office observed. The search is a
 * Nelder–Mead simplex over the settings scaled to [0, 1] within their ranges;
 * every candidate runs the same replications with the same root seed (common
 * random numbers), so two candidates differ only through the settings, and its
 * replications run on worker threads, results identical for any thread count.
 * A fixed budget bounds the number of candidates. At the optimum each setting
 * is nudged both ways to see whether the figures pin it down, and a
 * confirmation run on fresh replications gives the model's figures with
 * confidence intervals beside the observed ones.
 */
import type { ExperimentModel } from "./ExperimentModel";
import { buildResult } from "./buildResult";
import { calibrationLoss } from "./calibrationLoss";
import { CALIBRATION_SCHEMA_VERSION, type CalibrationResidual, type CalibrationResult, type CalibrationStep, type FittedParameter } from "./CalibrationResult";
import { checkFitParameters, type FitParameter } from "./checkFitParameters";
import { checkObservedKeys } from "./checkObservedKeys";
import { nelderMead } from "./nelderMead";
import { parseObservedData, type ObservedData, type ObservedDataInput } from "./ObservedData";
import { checkCommonOptions, checkCount, prepareScenario, resolveModel, runScenarios, seeded, type CommonRunOptions, type Seeded } from "./runScenarios";
import { setPath } from "./setPath";
import { summariseMetric } from "./summariseRecords";

export type { FitParameter } from "./checkFitParameters";

/** Options of {@link calibrate}. */
export interface CalibrateOptions extends Omit<CommonRunOptions, "keepSeries"> {
  /** The observed figures: an observed-data file's content (see {@link parseObservedData}) or its parsed form. */
  observed: ObservedDataInput | ObservedData;
  /** The settings to fit, each with its search range; at least one. */
  fit: FitParameter[];
  /**
   * Most candidates the optimiser may ask for (each runs `replications`
   * replications, unless it repeats an earlier candidate); at least the number
   * of parameters + 1. The identifiability check (2 per parameter) and the
   * confirmation run come on top. @defaultValue 40
   */
  budget?: number;
  /** Replications per candidate, the same indices 0 … R − 1 for all. @defaultValue 5 */
  replications?: number;
  /** Replications of the confirmation run, indices R … R + C − 1 (fresh). @defaultValue max(10, replications) */
  confirmationReplications?: number;
  /**
   * Called as work is done with the replications finished and planned
   * (the plan assumes the whole budget is used; the last call has done = total).
   */
  onProgress?: (done: number, total: number) => void;
}

/** Relative move of the identifiability check: 10% of each range. */
const NUDGE = 0.1;
/** Loss change below which a nudge "does not move the loss". */
const FLAT = 0.1;
/** Distance to a range end (share of the range) that counts as sitting at the bound. */
const AT_BOUND = 0.01;

/**
 * Fits `fit` settings of `scenario` so that the model's means come close to
 * `observed`, minimising Σ ((mean − observed) / tolerance)² (see calibrationLoss).
 *
 * Everything is checked before anything runs: the observed figures (format,
 * keys the model reports — with a "did you mean"), the fit paths (they must
 * exist and hold numbers), their ranges (lo < hi, both allowed by the
 * scenario's schema), the budget and replication counts.
 *
 * @throws ScenarioValidationError if the scenario or the observed data is invalid
 * @throws RangeError / TypeError naming the option for bad fit parameters, keys or counts
 */
export async function calibrate<S, In>(model: ExperimentModel<S, In> | string, scenario: In, options: CalibrateOptions): Promise<CalibrationResult<S>> {
  const caller = "calibrate";
  checkCommonOptions(options, caller);
  const m = resolveModel(model, caller);
  const base = prepareScenario(m, scenario);
  const rootSeed = seeded(options, base, m.id, caller).rootSeed;
  const observed = parseObservedData(options.observed);
  const params = checkFitParameters(m, base, options.fit);
  const budget = checkCount(options.budget ?? 40, "budget", caller);
  if (budget < params.length + 1) {
    throw new RangeError(`${caller}: budget must be at least the number of fitted parameters + 1 (${params.length + 1}), got ${budget}`);
  }
  const reps = checkCount(options.replications ?? 5, "replications", caller);
  const confirmReps = checkCount(options.confirmationReplications ?? Math.max(10, reps), "confirmationReplications", caller);
  checkObservedKeys(
    m,
    base,
    observed.figures.map((f) => f.key),
    rootSeed,
  );

  const indices = Array.from({ length: reps }, (_, i) => i);
  const total = (budget + 2 * params.length) * reps + confirmReps;
  let done = 0;
  const runOptions = (): Seeded<CommonRunOptions> => {
    const offset = done;
    const o: Seeded<CommonRunOptions> = {
      rootSeed,
      onProgress: (d) => {
        done = offset + d;
        options.onProgress?.(Math.min(done, total), total);
      },
    };
    if (options.workers !== undefined) o.workers = options.workers;
    if (options.signal !== undefined) o.signal = options.signal;
    return o;
  };

  const valuesOf = (u: readonly number[]): number[] => params.map((p, i) => p.fromUnit(u[i]!));
  const scenarioOf = (values: readonly number[]): S => {
    let s: unknown = base;
    params.forEach((p, i) => (s = setPath(s, p.path, values[i])));
    return prepareScenario(m, s as In, `scenario with ${params.map((p, i) => `${p.path} = ${values[i]}`).join(", ")}`);
  };
  const cache = new Map<string, number>();
  const history: CalibrationStep[] = [];
  let asked = 0;
  /** Losses of candidate points (unit cube), running each new one once; in the optimiser's order. */
  const lossesOf = async (points: number[][], record: boolean): Promise<number[]> => {
    const values = points.map(valuesOf);
    const keys = values.map((v) => JSON.stringify(v));
    const fresh: number[] = [];
    keys.forEach((k, i) => {
      if (!cache.has(k) && !fresh.some((j) => keys[j] === k)) fresh.push(i);
    });
    if (fresh.length > 0) {
      const runs = await runScenarios(
        m,
        fresh.map((i) => scenarioOf(values[i]!)),
        indices,
        runOptions(),
      );
      fresh.forEach((i, j) => cache.set(keys[i]!, calibrationLoss(runs.records[j]!, observed.figures).loss));
    }
    return keys.map((k, i) => {
      const loss = cache.get(k)!;
      if (record) history.push({ evaluation: ++asked, values: values[i]!, loss });
      return loss;
    });
  };

  const start = params.map((p) => p.toUnit(p.start));
  const opt = await nelderMead({ start, budget, evaluate: (pts) => lossesOf(pts, true) });
  const bestU = opt.x;
  const fittedValues = valuesOf(bestU);

  // identifiability: nudge each parameter 10% of its range down and up
  const nudges: Array<{ i: number; side: "down" | "up"; u: number[] }> = [];
  params.forEach((_, i) => {
    for (const side of ["down", "up"] as const) {
      const u = [...bestU];
      u[i] = Math.min(1, Math.max(0, u[i]! + (side === "down" ? -NUDGE : NUDGE)));
      if (JSON.stringify(valuesOf(u)) !== JSON.stringify(fittedValues)) nudges.push({ i, side, u });
    }
  });
  const nudgeLoss = await lossesOf(
    nudges.map((n) => n.u),
    false,
  );
  const startLoss = cache.get(JSON.stringify(valuesOf(start)))!;

  // confirmation on fresh replications, with series for the report
  const fittedScenario = scenarioOf(fittedValues);
  const confirmIdx = Array.from({ length: confirmReps }, (_, i) => reps + i);
  const confirmRuns = await runScenarios(m, [fittedScenario], confirmIdx, { ...runOptions(), keepSeries: true });
  const confirmation = buildResult(m.id, fittedScenario, rootSeed, confirmIdx, confirmRuns.records[0]!, confirmRuns.series?.[0]);
  options.onProgress?.(total, total);

  const warnings: string[] = [];
  const parameters: FittedParameter[] = params.map((p, i) => {
    const change = (side: "down" | "up"): number | null => {
      const k = nudges.findIndex((n) => n.i === i && n.side === side);
      return k < 0 ? null : nudgeLoss[k]! - opt.fx;
    };
    const lossChange = { down: change("down"), up: change("up") };
    const identifiable = [lossChange.down, lossChange.up].some((d) => d !== null && Math.abs(d) >= FLAT);
    const atBound = bestU[i]! <= AT_BOUND ? "lo" : bestU[i]! >= 1 - AT_BOUND ? "hi" : null;
    if (atBound !== null) {
      warnings.push(
        `${p.path} = ${fittedValues[i]} sits at the ${atBound === "lo" ? "lower" : "upper"} end of its range [${p.lo}, ${p.hi}]: ` +
          `the best fit may lie outside it; widen the range if such values are plausible`,
      );
    }
    if (!identifiable) {
      warnings.push(
        `${p.path} is not identifiable from these figures: moving it 10% of its range changes the loss by less than ${FLAT}; ` +
          `its fitted value means little (observe a figure it drives, or leave it out)`,
      );
    }
    return {
      path: p.path,
      lo: p.lo,
      hi: p.hi,
      scale: p.scale,
      integer: p.integer,
      start: p.start,
      fitted: fittedValues[i]!,
      atBound,
      lossChange,
      identifiable,
    };
  });
  const residuals = observed.figures.map((f): CalibrationResidual => {
    const s = summariseMetric(confirmation.records, f.key);
    const residual = s.mean - f.value;
    return {
      key: f.key,
      observed: f.value,
      tolerance: f.tolerance,
      mean: s.mean,
      lower: s.lower,
      upper: s.upper,
      n: s.n,
      residual,
      standardised: residual / f.tolerance,
      withinTolerance: Math.abs(residual) <= f.tolerance,
    };
  });
  for (const r of residuals) {
    if (!(Math.abs(r.standardised) <= 2)) {
      warnings.push(`${r.key}: the fitted model gives ${fmt(r.mean)} against ${fmt(r.observed)} observed, ${fmt(Math.abs(r.standardised))} tolerances off`);
    }
  }
  if (opt.stoppedBy === "budget") {
    warnings.push(`the search used its whole budget of ${budget} candidates before converging; a larger --budget may fit better`);
  }
  const confirmationLoss = calibrationLoss(confirmation.records, observed.figures).loss;
  return {
    schemaVersion: CALIBRATION_SCHEMA_VERSION,
    kind: "calibration",
    model: m.id,
    rootSeed,
    replications: indices,
    budget,
    evaluations: opt.evaluations,
    stoppedBy: opt.stoppedBy,
    observed,
    parameters,
    startLoss,
    loss: opt.fx,
    confirmationLoss,
    residuals,
    warnings,
    history,
    scenario: fittedScenario,
    confirmation,
  };
}

function fmt(x: number): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(3))) : String(x);
}
