/*
 * Checks before a long experiment that the metrics it analyses are ones the
 * model reports, by running the model's cheap probe of the scenario (or one
 * replication when the model has none) and looking at the metric names.
 */
import type { ExperimentModel } from "../ExperimentModel";
import { closestMatch } from "../closestMatch";

/**
 * @throws RangeError naming the metric, with a "did you mean" and the metric groups on offer, if `metric` is not reported
 */
export function checkMetric<S>(
  model: ExperimentModel<S, unknown>,
  scenario: S,
  metrics: string | readonly string[],
  rootSeed: number | string,
  caller: string,
): void {
  const list = typeof metrics === "string" ? [metrics] : metrics;
  for (const metric of list) {
    if (typeof metric !== "string" || metric === "")
      throw new RangeError(`${caller}: metric must be a metric name such as "leadTimeDays.mean", got ${JSON.stringify(metric)}`);
  }
  const probe = model.probe === undefined ? scenario : model.probe(scenario);
  const names = Object.keys(model.run(probe, { rootSeed, replication: 0 }).metrics);
  const metric = list.find((x) => !names.includes(x));
  if (metric === undefined) return;
  const guess = closestMatch(metric, names) ?? names.find((n) => n.toLowerCase().startsWith(metric.toLowerCase()));
  const groups = [...new Set(names.map((n) => n.split(".")[0]!))];
  throw new RangeError(
    `${caller}: metric "${metric}" is not produced by model "${model.id}"` +
      (guess === undefined ? "." : `; did you mean "${guess}"?`) +
      ` It reports ${names.length} metrics, e.g. ${groups.slice(0, 12).join(", ")}${groups.length > 12 ? ", …" : ""}`,
  );
}
