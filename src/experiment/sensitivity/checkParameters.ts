/*
 * Checks the varied settings of a sensitivity analysis or regime map before
 * anything runs: each path must exist in the base or the variant scenario,
 * each range must be well formed, and the range's ends (and a value inside)
 * must be allowed by the model's schema, so a run never fails half-way on a
 * value the model would refuse.
 */
import type { ExperimentModel } from "../ExperimentModel";
import { parsePath } from "../parsePath";
import { prepareScenario } from "../runScenarios";
import { ScenarioValidationError } from "../ScenarioValidationError";
import { getPath, setPath } from "../setPath";
import type { ParameterRange } from "./ParameterRange";

/**
 * Whether `path` exists in `scenario`.
 */
export function hasPath(scenario: unknown, path: string): boolean {
  try {
    getPath(scenario, path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks every range against the scenarios (validated, defaults filled in).
 *
 * @param scenarios - the base and, if any, the variant, by name
 * @throws RangeError naming the parameter, the value and what is allowed
 */
export function checkParameters<S>(
  model: ExperimentModel<S, unknown>,
  scenarios: Record<string, S>,
  parameters: readonly ParameterRange[],
  caller: string,
): void {
  const given: unknown = parameters; // checked as a plain value: JavaScript callers may pass anything
  if (!Array.isArray(given) || parameters.length === 0) throw new RangeError(`${caller}: give at least one parameter to vary`);
  const seen = new Set<string>();
  const names = Object.keys(scenarios);
  for (const p of parameters) {
    if (typeof p !== "object" || p === null || typeof p.path !== "string") {
      throw new TypeError(`${caller}: each parameter must be { path, kind, lo, hi } or { path, kind: "discrete", values }, got ${JSON.stringify(p)}`);
    }
    const path = p.path;
    if (seen.has(path)) throw new RangeError(`${caller}: parameter ${path} is given twice`);
    seen.add(path);
    parsePath(path);
    const holders = names.filter((n) => hasPath(scenarios[n], path));
    if (holders.length === 0) {
      // Let getPath explain what is missing (with a "did you mean").
      try {
        getPath(scenarios[names[0]!], path);
      } catch (err) {
        throw new RangeError(`${caller}: parameter ${(err as Error).message.replace(/^getPath: /, "")}`, { cause: err });
      }
    }
    const probes = rangeProbes(p, caller);
    for (const name of holders) {
      const current = getPath(scenarios[name], path);
      if (p.kind !== "discrete" && typeof current !== "number") {
        throw new RangeError(
          `${caller}: parameter ${path} is ${JSON.stringify(current)} in the ${name} scenario, not a number; give a discrete list of values instead of a range`,
        );
      }
      for (const [what, value] of probes) {
        try {
          prepareScenario(model, setPath(scenarios[name], path, value) as never, `${name} scenario`);
        } catch (err) {
          if (!(err instanceof ScenarioValidationError)) throw err;
          const allowed =
            err.errors.find((e) =>
              e.includes(
                path
                  .replace(/\[(\d+)\]/g, ".$1")
                  .split(".")
                  .pop() ?? path,
              ),
            ) ??
            err.errors[0] ??
            err.message;
          const hint = what === "a value inside the range" ? " (for a whole-number setting give a discrete list, e.g. {30,40,50})" : "";
          throw new RangeError(`${caller}: parameter ${path}: ${what}, ${JSON.stringify(value)}, is not allowed${hint}: ${allowed}`, { cause: err });
        }
      }
    }
  }
}

/** The values of a range that are checked against the schema, with what they are. */
function rangeProbes(p: ParameterRange, caller: string): Array<[string, unknown]> {
  if (p.kind === "uniform" || p.kind === "logUniform") {
    const { lo, hi } = p;
    if (typeof lo !== "number" || typeof hi !== "number" || !Number.isFinite(lo) || !Number.isFinite(hi)) {
      throw new RangeError(`${caller}: parameter ${p.path}: lo and hi must be finite numbers, got [${String(lo)}, ${String(hi)}]`);
    }
    if (!(lo < hi)) throw new RangeError(`${caller}: parameter ${p.path}: the range [${lo}, ${hi}] is reversed or empty; give [lo, hi] with lo < hi`);
    if (p.kind === "logUniform" && !(lo > 0)) {
      throw new RangeError(`${caller}: parameter ${p.path}: a log-uniform range needs lo > 0, got [${lo}, ${hi}]`);
    }
    return [
      ["the low end", lo],
      ["the high end", hi],
      ["a value inside the range", lo + 0.3719 * (hi - lo)],
    ];
  }
  if (p.kind === "discrete") {
    if (!Array.isArray(p.values) || p.values.length < 2) {
      throw new RangeError(`${caller}: parameter ${p.path}: a discrete parameter needs at least 2 values, got ${JSON.stringify(p.values)}`);
    }
    return p.values.map((v) => ["the value", v] as [string, unknown]);
  }
  throw new RangeError(
    `${caller}: parameter ${(p as { path: string }).path}: kind must be "uniform", "logUniform" or "discrete", got ${JSON.stringify((p as { kind: unknown }).kind)}`,
  );
}
