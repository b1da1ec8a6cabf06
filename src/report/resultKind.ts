/*
 * Tells the three kinds of experiment result apart by their shape: one
 * scenario's replications, a comparison of variants with a base, or a sweep.
 * The report and the command accept any of them and use this to decide how to
 * show it.
 */
import type { ComparisonResult, ExperimentResult, SweepResult } from "../experiment";

/** Any result the report can show. */
export type AnyResult = ExperimentResult<unknown> | ComparisonResult<unknown> | SweepResult<unknown>;

/** The kind of a result: `"experiment"` (runReplications, mergeResults), `"comparison"` (compareVariants) or `"sweep"`. */
export type ResultKind = "experiment" | "comparison" | "sweep";

/**
 * The kind of `value`, from its fields: `comparisons` and `base` make a
 * comparison, `points` and `results` a sweep, `records` and `summary` an
 * experiment result.
 *
 * @throws TypeError if `value` is none of them
 */
export function resultKind(value: unknown): ResultKind {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    if (isObject(o["comparisons"]) && isObject(o["base"]) && isObject(o["variants"])) return "comparison";
    if (Array.isArray(o["points"]) && Array.isArray(o["results"])) return "sweep";
    if (Array.isArray(o["records"]) && isObject(o["summary"])) return "experiment";
  }
  throw new TypeError(
    `resultKind: expected an experiment result (records, summary), a comparison (base, variants, comparisons) or a sweep (points, results), got ${describe(value)}`,
  );
}

function isObject(v: unknown): boolean {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return `an object with keys ${Object.keys(v).slice(0, 8).join(", ") || "(none)"}`;
  return typeof v;
}
