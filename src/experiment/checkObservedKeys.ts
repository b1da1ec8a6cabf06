/*
 * Checks, before a calibration runs, that every observed figure names a result
 * key the model reports. The keys come from a probe: one replication of the
 * scenario cut to four weeks (when it has run.horizonDays), which takes
 * moments; keys a model reports only when they occur (the office's
 * contactsByReason.<reason>) are added from its occasionalMetrics.
 */
import { closestMatch } from "./closestMatch";
import type { ExperimentModel } from "./ExperimentModel";
import { getPath, setPath } from "./setPath";

/** Days of the probe replication. */
const PROBE_DAYS = 28;

/**
 * The result keys `model` reports for `scenario` (a validated scenario).
 */
export function knownResultKeys<S>(model: ExperimentModel<S, unknown>, scenario: S, rootSeed: number | string): string[] {
  let probe: unknown = scenario;
  try {
    const horizon = getPath(scenario, "run.horizonDays");
    if (typeof horizon === "number") {
      probe = setPath(probe, "run.horizonDays", Math.min(horizon, PROBE_DAYS));
      if (typeof getPath(scenario, "run.warmupDays") === "number") probe = setPath(probe, "run.warmupDays", 0);
    }
  } catch {
    // no run settings: probe the scenario as it is
  }
  const keys = Object.keys(model.run(probe as S, { rootSeed, replication: 0 }).metrics);
  keys.push(...(model.occasionalMetrics ?? []));
  return [...new Set(keys)];
}

/**
 * Checks that every key in `keys` is a result key of the model.
 *
 * @throws RangeError listing each unknown key with a "did you mean" and the known key groups
 */
export function checkObservedKeys<S>(model: ExperimentModel<S, unknown>, scenario: S, keys: readonly string[], rootSeed: number | string): void {
  const known = knownResultKeys(model, scenario, rootSeed);
  const knownSet = new Set(known);
  const unknown = keys.filter((k) => !knownSet.has(k));
  if (unknown.length === 0) return;
  const lines = unknown.map((k) => {
    const guess = closestMatch(k, known);
    return `figures.${k}: not a result key of model "${model.id}"` + (guess === undefined ? "" : `; did you mean "${guess}"?`);
  });
  const groups = [...new Set(known.map((k) => (k.includes(".") ? `${k.split(".")[0]}.*` : k)))];
  throw new RangeError(`observed data: ${lines.join("; ")} (result keys: ${groups.join(", ")})`);
}
