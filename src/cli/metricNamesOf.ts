/*
 * The metric names a scenario's runs will report, known before the real run
 * so that `--metrics` and `--precision` can be checked first: one short probe
 * replication (at most four simulated weeks, no warm-up) gives the names,
 * and for the office model every contact reason is added, since a short run
 * may not see them all.
 */
import { CONTACT_REASONS } from "../casework";
import { selectMetrics } from "../report";
import type { ExperimentModel } from "../experiment";
import { InputError } from "./InputError";

/** Simulated days of the probe run. */
const PROBE_DAYS = 28;

/**
 * The metric names `model` reports for `scenario` (validated), from a probe
 * run of replication 0 shortened to {@link PROBE_DAYS} days when the scenario
 * has a `run.horizonDays`.
 */
export function metricNamesOf(model: ExperimentModel<unknown, unknown>, scenario: unknown): string[] {
  let probe = scenario;
  const run = typeof scenario === "object" && scenario !== null ? (scenario as Record<string, unknown>)["run"] : undefined;
  if (typeof run === "object" && run !== null && typeof (run as Record<string, unknown>)["horizonDays"] === "number") {
    const horizon = Math.min(PROBE_DAYS, (run as Record<string, unknown>)["horizonDays"] as number);
    probe = { ...(scenario as object), run: { ...run, horizonDays: horizon, warmupDays: 0 } };
  }
  const names = Object.keys(model.run(probe, { rootSeed: 0, replication: 0 }).metrics);
  if (model.id === "office") {
    for (const reason of Object.keys(CONTACT_REASONS)) {
      const key = `contactsByReason.${reason}`;
      if (!names.includes(key)) names.push(key);
    }
  }
  return names;
}

/**
 * Checks `patterns` (from `--metrics`) against the metrics the run will
 * report, before it starts.
 *
 * @throws InputError naming the pattern (with a suggestion) if one matches nothing
 */
export function checkMetricPatterns(patterns: readonly string[] | undefined, names: readonly string[]): void {
  if (patterns === undefined) return;
  try {
    selectMetrics(names, patterns);
  } catch (err) {
    throw new InputError(`--${(err as Error).message.replace(/of this result/, "this model reports")}`);
  }
}
