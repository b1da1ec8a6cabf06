/*
 * Reads back an experiment result written by toJSON, checking its format
 * version and shape so that a stale or foreign file fails with a clear message
 * instead of producing wrong tables.
 */
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
    throw new SyntaxError(`fromJSON: text is not valid JSON: ${(err as Error).message}`);
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
    model: o["model"] as string,
    scenario: o["scenario"] as S,
    rootSeed: seed as number | string,
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
  if (o["shard"] !== undefined) result.shard = o["shard"] as NonNullable<ExperimentResult["shard"]>;
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

function fail(field: string, expected: string, got: unknown): never {
  const text = JSON.stringify(got);
  throw new TypeError(`fromJSON: field ${field} must be ${expected}, got ${text === undefined ? "nothing" : text.slice(0, 60)}`);
}
