/*
 * Any result as JSON text that reads back exactly with resultFromJSON: a
 * single run in the format of toJSON, comparisons and sweeps as an object with
 * a `kind` field whose scenario results are in that same format. Numbers JSON
 * cannot hold (NaN, ±Infinity) are written as strings. A sweep's tidy rows are
 * left out: they are rebuilt from its results when read.
 */
import { toJSON, type ComparisonResult, type ExperimentResult, type SweepResult } from "../experiment";
import { resultKind, type AnyResult } from "./resultKind";

/**
 * Serialises `result`. A single run gives exactly `toJSON(result)`; a
 * comparison gives `{ schemaVersion, kind: "comparison", model, rootSeed,
 * replications, base, variants, comparisons }`; a sweep gives
 * `{ schemaVersion, kind: "sweep", model, rootSeed, replications, parameters,
 * points, results }`; either has `shard` when it is one shard of an experiment.
 *
 * @param indent - spaces of indentation, 0 for one line @defaultValue 2
 */
export function resultToJSON(result: AnyResult, indent = 2): string {
  if (!Number.isInteger(indent) || indent < 0 || indent > 10) {
    throw new RangeError(`resultToJSON: indent must be a whole number from 0 to 10, got ${String(indent)}`);
  }
  const kind = resultKind(result);
  if (kind === "experiment") return toJSON(result as ExperimentResult<unknown>, { indent });
  const plain = (r: ExperimentResult<unknown>): unknown => JSON.parse(toJSON(r, { indent: 0 }));
  let out: Record<string, unknown>;
  if (kind === "comparison") {
    const c = result as ComparisonResult<unknown>;
    const variants: Record<string, unknown> = {};
    for (const [name, r] of Object.entries(c.variants)) variants[name] = plain(r);
    const comparisons: Record<string, Record<string, unknown>> = {};
    for (const [name, per] of Object.entries(c.comparisons)) {
      const metrics: Record<string, unknown> = {};
      for (const [metric, x] of Object.entries(per)) {
        const difference: Record<string, number | string> = {};
        const summary: Readonly<Record<string, number>> = { ...x.difference };
        for (const [k, v] of Object.entries(summary)) difference[k] = encode(v);
        metrics[metric] = {
          baseMean: encode(x.baseMean),
          variantMean: encode(x.variantMean),
          difference,
          significant: x.significant,
          relativeDifference: encode(x.relativeDifference),
        };
      }
      comparisons[name] = metrics;
    }
    out = {
      schemaVersion: c.schemaVersion,
      kind,
      model: c.model,
      rootSeed: c.rootSeed,
      replications: c.replications,
      base: plain(c.base),
      variants,
      comparisons,
    };
    if (c.shard !== undefined) out["shard"] = c.shard;
  } else {
    const s = result as SweepResult<unknown>;
    out = {
      schemaVersion: s.schemaVersion,
      kind,
      model: s.model,
      rootSeed: s.rootSeed,
      replications: s.replications,
      parameters: s.parameters,
      points: s.points,
      results: s.results.map(plain),
    };
    if (s.shard !== undefined) out["shard"] = s.shard;
  }
  return JSON.stringify(out, null, indent === 0 ? undefined : indent);
}

function encode(v: number): number | string {
  return Number.isFinite(v) ? v : String(v);
}
