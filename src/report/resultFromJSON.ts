/*
 * Reads back any result written by resultToJSON (or a single run written by
 * toJSON): checks the format version and shape and fails with a message naming
 * the field, so a stale or foreign file is refused rather than misread.
 */
import {
  fromJSON,
  RESULT_SCHEMA_VERSION,
  type ComparisonResult,
  type ExperimentResult,
  type MetricComparison,
  type SweepPoint,
  type SweepResult,
  type ShardInfo,
  sweepRows,
} from "../experiment";
import type { AnyResult } from "./resultKind";

/**
 * Parses a result file's text. Files with `kind: "comparison"` or
 * `kind: "sweep"` become a ComparisonResult or SweepResult (the sweep's tidy
 * rows rebuilt from its results); anything else is read by `fromJSON` as a
 * single run.
 *
 * @throws SyntaxError if `text` is not JSON
 * @throws RangeError if the format version is not supported
 * @throws TypeError naming the field if the shape is wrong
 */
export function resultFromJSON(text: string): AnyResult {
  if (typeof text !== "string") throw new TypeError(`resultFromJSON: text must be a string, got ${typeof text}`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new SyntaxError(`resultFromJSON: text is not valid JSON: ${(err as Error).message}`, { cause: err });
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new TypeError(`resultFromJSON: expected a JSON object (a result), got ${Array.isArray(data) ? "an array" : data === null ? "null" : typeof data}`);
  }
  const o = data as Record<string, unknown>;
  const kind = o["kind"];
  if (kind === undefined) return fromJSON(text);
  if (o["schemaVersion"] !== RESULT_SCHEMA_VERSION) {
    throw new RangeError(
      `resultFromJSON: unsupported schemaVersion ${JSON.stringify(o["schemaVersion"]) ?? "(missing)"}; this version of caseflow reads schemaVersion ${RESULT_SCHEMA_VERSION}`,
    );
  }
  if (kind === "comparison") return readComparison(o);
  if (kind === "sweep") return readSweep(o);
  return fail("kind", `"comparison" or "sweep" (or absent for a single run)`, kind);
}

function readComparison(o: Record<string, unknown>): ComparisonResult<unknown> {
  const head = readHead(o);
  const base = readExperiment(o["base"], "base");
  const rawVariants = object(o["variants"], "variants");
  const variants: Record<string, ExperimentResult<unknown>> = {};
  for (const [name, r] of Object.entries(rawVariants)) variants[name] = readExperiment(r, `variants.${name}`);
  const rawComparisons = object(o["comparisons"], "comparisons");
  const comparisons: Record<string, Record<string, MetricComparison>> = {};
  for (const [name, per] of Object.entries(rawComparisons)) {
    if (!(name in variants)) fail(`comparisons.${name}`, `the name of a variant (${Object.keys(variants).join(", ")})`, name);
    const metrics: Record<string, MetricComparison> = {};
    for (const [metric, raw] of Object.entries(object(per, `comparisons.${name}`))) {
      const where = `comparisons.${name}.${metric}`;
      const x = object(raw, where);
      const d = object(x["difference"], `${where}.difference`);
      const num = (v: unknown, f: string): number => decodeNumber(v, `${where}.${f}`);
      if (typeof x["significant"] !== "boolean") fail(`${where}.significant`, "true or false", x["significant"]);
      metrics[metric] = {
        baseMean: num(x["baseMean"], "baseMean"),
        variantMean: num(x["variantMean"], "variantMean"),
        difference: {
          mean: num(d["mean"], "difference.mean"),
          sd: num(d["sd"], "difference.sd"),
          n: num(d["n"], "difference.n"),
          halfWidth: num(d["halfWidth"], "difference.halfWidth"),
          lower: num(d["lower"], "difference.lower"),
          upper: num(d["upper"], "difference.upper"),
          level: num(d["level"], "difference.level"),
          excluded: num(d["excluded"], "difference.excluded"),
        },
        significant: x["significant"],
        relativeDifference: num(x["relativeDifference"], "relativeDifference"),
      };
    }
    comparisons[name] = metrics;
  }
  const out: ComparisonResult<unknown> = { schemaVersion: 1, ...head, base, variants, comparisons };
  const shard = readShard(o);
  if (shard !== undefined) out.shard = shard;
  return out;
}

function readSweep(o: Record<string, unknown>): SweepResult<unknown> {
  const head = readHead(o);
  const parameters = o["parameters"];
  if (!Array.isArray(parameters) || !parameters.every((p) => typeof p === "string")) fail("parameters", "an array of paths (strings)", parameters);
  const rawPoints = o["points"];
  const rawResults = o["results"];
  if (!Array.isArray(rawPoints)) fail("points", "an array", rawPoints);
  if (!Array.isArray(rawResults) || rawResults.length !== rawPoints.length) {
    fail("results", `an array with one result per point (${rawPoints.length})`, rawResults);
  }
  const points: SweepPoint[] = rawPoints.map((p, k) => {
    const point = object(p, `points[${k}]`);
    return { point: k, parameters: object(point["parameters"], `points[${k}].parameters`) };
  });
  const results = rawResults.map((r, k) => readExperiment(r, `results[${k}]`));
  const out: SweepResult<unknown> = { schemaVersion: 1, ...head, parameters: parameters, points, results, rows: sweepRows(points, results) };
  const shard = readShard(o);
  if (shard !== undefined) out.shard = shard;
  return out;
}

function readShard(o: Record<string, unknown>): ShardInfo | undefined {
  if (o["shard"] === undefined) return undefined;
  const s = object(o["shard"], "shard");
  const whole = (k: string, min: number): number => {
    const v = s[k];
    if (!(typeof v === "number" && Number.isSafeInteger(v) && v >= min)) fail(`shard.${k}`, `a whole number ≥ ${min}`, v);
    return v;
  };
  const info = { index: whole("index", 0), count: whole("count", 1), totalReplications: whole("totalReplications", 1) };
  if (info.index >= info.count) fail("shard.index", `a whole number below shard.count (${info.count})`, info.index);
  return info;
}

function readHead(o: Record<string, unknown>): { model: string; rootSeed: number | string; replications: number[] } {
  if (typeof o["model"] !== "string") fail("model", "a string", o["model"]);
  const seed = o["rootSeed"];
  if (typeof seed !== "number" && typeof seed !== "string") fail("rootSeed", "a number or a string", seed);
  const reps = o["replications"];
  if (!Array.isArray(reps) || !reps.every((i) => Number.isInteger(i) && i >= 0)) fail("replications", "an array of whole numbers ≥ 0", reps);
  return { model: o["model"], rootSeed: seed, replications: reps as number[] };
}

function readExperiment(value: unknown, where: string): ExperimentResult<unknown> {
  object(value, where);
  try {
    return fromJSON(JSON.stringify(value));
  } catch (err) {
    const e = err as Error;
    const message = `${where}: ${e.message.replace(/^fromJSON: /, "")}`;
    throw e instanceof RangeError ? new RangeError(`resultFromJSON: ${message}`) : new TypeError(`resultFromJSON: ${message}`);
  }
}

function object(v: unknown, where: string): Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) fail(where, "an object", v);
  return v as Record<string, unknown>;
}

function decodeNumber(v: unknown, where: string): number {
  if (typeof v === "number") return v;
  if (v === "NaN") return NaN;
  if (v === "Infinity") return Infinity;
  if (v === "-Infinity") return -Infinity;
  return fail(where, `a number (or "NaN", "Infinity", "-Infinity")`, v);
}

function fail(field: string, expected: string, got: unknown): never {
  const text = JSON.stringify(got);
  throw new TypeError(`resultFromJSON: field ${field} must be ${expected}, got ${text === undefined ? "nothing" : text.slice(0, 60)}`);
}
