/*
 * Experiment results as JSON text that reads back exactly: fixed key order,
 * and numbers JSON cannot hold (NaN, ±Infinity) written as the strings "NaN",
 * "Infinity" and "-Infinity" in records, summaries and series.
 */
import { version as CASEFLOW_VERSION } from "../../package.json";
import type { ExperimentResult } from "./ExperimentResult";

/** Options of {@link toJSON}. */
export interface ToJSONOptions {
  /** Indentation in spaces; 0 writes one line. @defaultValue 2 */
  indent?: number;
}

/**
 * Serialises a result (see {@link fromJSON} for the way back). Top-level keys
 * come in a fixed order starting with `schemaVersion`; equal results give
 * equal text. Non-finite numbers in the scenario are written as JSON writes
 * them (`null`).
 */
export function toJSON(result: ExperimentResult<unknown>, options: ToJSONOptions = {}): string {
  const indent = options.indent ?? 2;
  if (!Number.isInteger(indent) || indent < 0 || indent > 10) {
    throw new RangeError(`toJSON: indent must be a whole number from 0 to 10, got ${String(indent)}`);
  }
  const out: Record<string, unknown> = {
    schemaVersion: result.schemaVersion,
    caseflowVersion: CASEFLOW_VERSION,
    model: result.model,
    rootSeed: result.rootSeed,
    scenario: result.scenario,
  };
  if (result.shard !== undefined) out["shard"] = result.shard;
  if (result.sequential !== undefined) out["sequential"] = result.sequential;
  out["replications"] = result.replications;
  out["summary"] = mapValues(result.summary, (s) => mapValues(s as unknown as Record<string, number>, encodeNumber));
  out["records"] = result.records.map((r) => mapValues(r, encodeNumber));
  if (result.series !== undefined) {
    out["series"] = result.series.map((s) => mapValues(s, (values) => values.map(encodeNumber)));
  }
  return JSON.stringify(out, null, indent === 0 ? undefined : indent);
}

/** A number as JSON can hold it: finite numbers as they are, others as "NaN", "Infinity", "-Infinity". */
export function encodeNumber(value: number): number | string {
  return Number.isFinite(value) ? value : String(value);
}

function mapValues<A, B>(obj: Record<string, A>, f: (a: A) => B): Record<string, B> {
  const out: Record<string, B> = {};
  for (const key of Object.keys(obj)) out[key] = f(obj[key]!);
  return out;
}
