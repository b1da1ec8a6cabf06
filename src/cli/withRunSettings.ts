/*
 * Records in a scenario how it is actually run: its `run.seed` and
 * `run.replications` are set to the root seed and replication count in use,
 * whether they came from the file or from flags.
 */

/**
 * The scenario with `run.seed` and `run.replications` set to what is actually
 * run (when it has a `run` section), so a saved result describes itself.
 */
export function withRunSettings(scenario: unknown, settings: { rootSeed: number | string; replications: number }): unknown {
  if (typeof scenario !== "object" || scenario === null) return scenario;
  const run = (scenario as Record<string, unknown>)["run"];
  if (typeof run !== "object" || run === null || !("seed" in run) || !("replications" in run)) return scenario;
  return { ...scenario, run: { ...run, seed: settings.rootSeed, replications: settings.replications } };
}
