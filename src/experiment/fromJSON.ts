/*
 * Reads back an experiment result written by toJSON, checking its format
 * version and shape so that a stale or foreign file fails with a clear message
 * instead of producing wrong tables.
 */
import { describeValue } from "../text/describeValue";
import { RESULT_SCHEMA_VERSION, type ExperimentResult, type MetricSummary } from "./ExperimentResult";

/**
 * Parses the text of {@link toJSON} back into an {@link ExperimentResult}.
 *
 * @throws SyntaxError if `text` is not JSON
 * @throws RangeError if `schemaVersion` is missing or not {@link RESULT_SCHEMA_VERSION}
 * @throws TypeError naming the field if the shape is wrong
 */
export function fromJSON<S = unknown>(text: string): ExperimentResult<S> {
  if (typeof text !== "string") throw new TypeError(`fromJSON: text must be a string, got ${typeof text}`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new SyntaxError(`fromJSON: text is not valid JSON: ${(err as Error).message}`, { cause: err });
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new TypeError(`fromJSON: expected a JSON object (an experiment result), got ${Array.isArray(data) ? "an array" : typeof data}`);
  }
  const o = data as Record<string, unknown>;
  if (o["schemaVersion"] !== RESULT_SCHEMA_VERSION) {
    throw new RangeError(
      `fromJSON: unsupported schemaVersion ${JSON.stringify(o["schemaVersion"]) ?? "(missing)"}; this version of caseflow reads schemaVersion ${RESULT_SCHEMA_VERSION}`,
    );
  }
  if (typeof o["model"] !== "string") fail("model", "a string", o["model"]);
  const seed = o["rootSeed"];
  if (typeof seed !== "number" && typeof seed !== "string") fail("rootSeed", "a number or a string", seed);
  if (!("scenario" in o)) fail("scenario", "present", undefined);
  const replications = o["replications"];
  if (!Array.isArray(replications) || !replications.every((i) => Number.isInteger(i) && i >= 0)) {
    fail("replications", "an array of whole numbers ≥ 0", replications);
  }
  const rawRecords = o["records"];
  if (!Array.isArray(rawRecords) || rawRecords.length !== replications.length) {
    fail("records", `an array with one record per replication (${replications.length})`, rawRecords);
  }
  const records = rawRecords.map((r, k) => decodeRecord(r, `records[${k}]`));
  const rawSummary = o["summary"];
  if (typeof rawSummary !== "object" || rawSummary === null || Array.isArray(rawSummary)) fail("summary", "an object", rawSummary);
  const summary: Record<string, MetricSummary> = {};
  for (const [name, s] of Object.entries(rawSummary as Record<string, unknown>)) {
    summary[name] = decodeRecord(s, `summary.${name}`) as unknown as MetricSummary;
  }
  const result: ExperimentResult<S> = {
    schemaVersion: 1,
    model: o["model"],
    scenario: o["scenario"] as S,
    rootSeed: seed,
    replications: replications as number[],
    records,
    summary,
  };
  if (o["series"] !== undefined) {
    const rawSeries = o["series"];
    if (!Array.isArray(rawSeries) || rawSeries.length !== replications.length) {
      fail("series", `an array with one entry per replication (${replications.length})`, rawSeries);
    }
    result.series = rawSeries.map((s, k) => decodeSeries(s, `series[${k}]`));
  }
  const version = o["caseflowVersion"];
  if (version !== undefined && (typeof version !== "string" || !/^\d+\.\d+\.\d+[\w.+-]{0,40}$/.test(version))) {
    fail("caseflowVersion", 'a version such as "0.1.0"', version);
  }
  const maxReplications = MAX_REPLICATIONS;
  if (o["shard"] !== undefined) {
    const sh = o["shard"];
    if (typeof sh !== "object" || sh === null || Array.isArray(sh)) fail("shard", "an object { index, count, totalReplications }", sh);
    const { index, count, totalReplications } = sh as Record<string, unknown>;
    const whole = (x: unknown, lo: number, hi: number): boolean => typeof x === "number" && Number.isInteger(x) && x >= lo && x <= hi;
    if (!whole(totalReplications, 1, maxReplications)) fail("shard.totalReplications", `a whole number from 1 to ${maxReplications}`, totalReplications);
    if (!whole(count, 1, totalReplications as number))
      fail("shard.count", `a whole number from 1 to shard.totalReplications (${String(totalReplications)})`, count);
    if (!whole(index, 0, (count as number) - 1)) fail("shard.index", `a whole number from 0 to shard.count − 1 (${(count as number) - 1})`, index);
    const outside = (replications as number[]).find((i) => i >= (totalReplications as number));
    if (outside !== undefined) fail("replications", `indices below shard.totalReplications (${String(totalReplications)})`, outside);
    result.shard = sh as NonNullable<ExperimentResult["shard"]>;
  } else if ((replications as number[]).some((i) => i >= maxReplications)) {
    fail(
      "replications",
      `indices below ${maxReplications}`,
      (replications as number[]).find((i) => i >= maxReplications),
    );
  }
  if (new Set(replications as number[]).size !== (replications as number[]).length) fail("replications", "indices that are all different", replications);
  // every record measures the same metrics
  const names = (r: Record<string, number>): string => Object.keys(r).sort().join(",");
  const firstNames = records[0] === undefined ? undefined : names(records[0]);
  records.forEach((r, k) => {
    if (firstNames !== undefined && names(r) !== firstNames) fail(`records[${k}]`, "the same metrics as records[0]", Object.keys(r).slice(0, 5));
  });
  if (o["sequential"] !== undefined) result.sequential = o["sequential"] as NonNullable<ExperimentResult["sequential"]>;
  return result;
}

function decodeNumber(v: unknown, where: string): number {
  if (typeof v === "number") return v;
  if (v === "NaN") return NaN;
  if (v === "Infinity") return Infinity;
  if (v === "-Infinity") return -Infinity;
  return fail(where, `a number (or "NaN", "Infinity", "-Infinity")`, v);
}

function decodeRecord(r: unknown, where: string): Record<string, number> {
  if (typeof r !== "object" || r === null || Array.isArray(r)) fail(where, "an object of numbers", r);
  const out: Record<string, number> = {};
  for (const [key, v] of Object.entries(r as Record<string, unknown>)) out[key] = decodeNumber(v, `${where}.${key}`);
  return out;
}

function decodeSeries(s: unknown, where: string): Record<string, number[]> {
  if (typeof s !== "object" || s === null || Array.isArray(s)) fail(where, "an object of number arrays", s);
  const out: Record<string, number[]> = {};
  for (const [key, v] of Object.entries(s as Record<string, unknown>)) {
    if (!Array.isArray(v)) fail(`${where}.${key}`, "an array of numbers", v);
    out[key] = v.map((x, i) => decodeNumber(x, `${where}.${key}[${i}]`));
  }
  return out;
}

/** Most replications a result may hold (as the scenario schema's run.replications). */
const MAX_REPLICATIONS = 100_000;

function fail(field: string, expected: string, got: unknown): never {
  throw new TypeError(`fromJSON: field ${field} must be ${expected}, got ${got === undefined ? "nothing" : describeValue(got)}`);
}
