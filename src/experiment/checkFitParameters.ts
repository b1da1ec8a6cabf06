/*
 * The settings a calibration may change, checked before anything runs: each
 * is a dotted scenario path (as in sweeps) holding a number, with a search
 * range [lo, hi] that the scenario's schema allows at both ends. A setting the
 * schema only takes as a whole number (staff counts) is searched over whole
 * numbers. Each checked setting maps its range onto [0, 1] for the optimiser.
 */
import type { FitRange } from "./CalibrationResult";
import type { ExperimentModel } from "./ExperimentModel";
import { parsePath } from "./parsePath";
import { prepareScenario } from "./runScenarios";
import { ScenarioValidationError } from "./ScenarioValidationError";
import { getPath, setPath } from "./setPath";

/** A setting to fit and where to look for it. */
export interface FitParameter {
  /** Dotted scenario path, e.g. `office.world.demand.casesPerWeek` or `office.units[0].handlers`. */
  path: string;
  /** Lowest value to try. */
  lo: number;
  /** Highest value to try; above `lo`. */
  hi: number;
  /**
   * `linear` searches the range evenly; `log` evenly in the logarithm (for
   * settings spanning orders of magnitude; needs lo > 0). @defaultValue "linear"
   */
  scale?: "linear" | "log";
}

/** A fit parameter after checking, with its mapping to and from [0, 1]. */
export interface CheckedParameter extends FitRange {
  /** Position of a value in [0, 1]. */
  toUnit(value: number): number;
  /** The value at a position in [0, 1] (rounded when whole numbers only). */
  fromUnit(u: number): number;
}

/**
 * Checks the fit parameters against the (validated) base scenario.
 *
 * @throws RangeError naming the path: none given, a path that is malformed,
 *   missing (with a "did you mean") or not a number, given twice, a range that
 *   is not finite, reversed or empty, a log scale with lo ≤ 0, or an end the
 *   scenario's schema does not allow (with the schema's own message)
 */
export function checkFitParameters<S>(model: ExperimentModel<S, unknown>, base: S, fit: readonly FitParameter[]): CheckedParameter[] {
  const caller = "calibrate";
  const given: unknown = fit; // checked at run time too: JavaScript callers and parsed files reach here
  if (!Array.isArray(given) || fit.length === 0) {
    throw new RangeError(`${caller}: fit must list at least one setting to fit, e.g. [{ path: "office.world.demand.casesPerWeek", lo: 100, hi: 300 }]`);
  }
  const seen = new Set<string>();
  return fit.map((p, k) => {
    const where = `${caller}: fit[${k}]`;
    if (typeof p !== "object" || p === null || typeof p.path !== "string") {
      throw new TypeError(`${where} must be { path, lo, hi, scale? }, got ${JSON.stringify(p)}`);
    }
    const name = `${caller}: fit "${p.path}"`;
    parsePath(p.path);
    if (seen.has(p.path)) throw new RangeError(`${name}: given twice; fit each setting once`);
    seen.add(p.path);
    let current: unknown;
    try {
      current = getPath(base, p.path);
    } catch (err) {
      throw new RangeError(`${name}: ${(err as Error).message.replace(/^getPath: /, "")}`, { cause: err });
    }
    if (typeof current !== "number") {
      throw new RangeError(`${name}: the scenario has ${JSON.stringify(current)} there, not a number; only numeric settings can be fitted`);
    }
    const { lo, hi } = p;
    if (typeof lo !== "number" || !Number.isFinite(lo) || typeof hi !== "number" || !Number.isFinite(hi)) {
      throw new RangeError(`${name}: the range needs two finite numbers [lo, hi], got [${String(lo)}, ${String(hi)}]`);
    }
    if (!(lo < hi)) {
      throw new RangeError(`${name}: range [${lo}, ${hi}] is ${lo === hi ? "empty" : "reversed"}; expected lo < hi`);
    }
    const scale = p.scale ?? "linear";
    if (scale !== "linear" && scale !== "log") throw new RangeError(`${name}: scale must be "linear" or "log", got ${JSON.stringify(scale)}`);
    if (scale === "log" && !(lo > 0)) throw new RangeError(`${name}: a log scale needs lo > 0, got ${lo}`);
    const allowed = (value: number): string[] => {
      try {
        prepareScenario(model, setPath(base, p.path, value));
        return [];
      } catch (err) {
        if (err instanceof ScenarioValidationError) return [...err.errors];
        throw err;
      }
    };
    for (const [end, value] of [
      ["lo", lo],
      ["hi", hi],
    ] as const) {
      const problems = allowed(value);
      if (problems.length > 0) {
        throw new RangeError(`${name}: ${end} = ${value} is outside what the scenario allows there: ${problems.join("; ")}`);
      }
    }
    const integer = Number.isInteger(lo) && Number.isInteger(hi) && allowed(lo + 0.5).length > 0;
    const toUnit =
      scale === "log" ? (v: number): number => (Math.log(v) - Math.log(lo)) / (Math.log(hi) - Math.log(lo)) : (v: number): number => (v - lo) / (hi - lo);
    const fromUnit = (u: number): number => {
      const c = Math.min(1, Math.max(0, u));
      const v = scale === "log" ? Math.exp(Math.log(lo) + c * (Math.log(hi) - Math.log(lo))) : lo + c * (hi - lo);
      const w = Math.min(hi, Math.max(lo, v));
      return integer ? Math.round(w) : w;
    };
    const clamped = Math.min(hi, Math.max(lo, current));
    return { path: p.path, lo, hi, scale, integer, start: integer ? Math.round(clamped) : clamped, toUnit, fromUnit };
  });
}
