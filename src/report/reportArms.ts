/*
 * The "arms" of a result: each scenario that was run, with a short label. A
 * single run has one arm, a comparison has the base and each variant, a sweep
 * has one arm per point. Charts and tables iterate over arms, so they work the
 * same for every kind of result.
 */
import type { ComparisonResult, ExperimentResult, SweepResult } from "../experiment";
import { resultKind, type AnyResult } from "./resultKind";

/** One scenario of a result, as shown in tables and charts. */
export interface ReportArm {
  /** Short unique label: the scenario name, the variant name, or the sweep point's values. */
  label: string;
  /** `"scenario"` (single run), `"base"`, `"variant"` or `"point"`. */
  role: "scenario" | "base" | "variant" | "point";
  /** The arm's replications. */
  result: ExperimentResult<unknown>;
  /** For sweep points: swept path → value. */
  parameters?: Record<string, unknown>;
}

/**
 * The arms of `result`, in order: the base first for a comparison, points in
 * run order for a sweep. A single run is labelled by its scenario's `name`
 * (or "scenario"); a sweep point by its swept values joined with " · ".
 */
export function reportArms(result: AnyResult): ReportArm[] {
  const kind = resultKind(result);
  if (kind === "experiment") {
    const r = result as ExperimentResult<unknown>;
    return [{ label: scenarioName(r.scenario) ?? "scenario", role: "scenario", result: r }];
  }
  if (kind === "comparison") {
    const c = result as ComparisonResult<unknown>;
    const names = Object.keys(c.variants);
    const baseLabel = uniqueLabel(scenarioName(c.base.scenario) ?? "base", names);
    return [{ label: baseLabel, role: "base", result: c.base }, ...names.map((name) => ({ label: name, role: "variant" as const, result: c.variants[name]! }))];
  }
  const s = result as SweepResult<unknown>;
  return s.points.map((p, k) => ({
    label: pointLabel(s.parameters, p.parameters),
    role: "point" as const,
    result: s.results[k]!,
    parameters: p.parameters,
  }));
}

/** A sweep point's label: its values in parameter order, e.g. `"20 · team"`. */
export function pointLabel(parameters: readonly string[], values: Record<string, unknown>): string {
  return parameters.map((p) => shortValue(values[p])).join(" · ");
}

/** A value in a few characters: strings bare, everything else as JSON. */
export function shortValue(v: unknown): string {
  if (typeof v === "string") return v;
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function scenarioName(scenario: unknown): string | undefined {
  if (typeof scenario === "object" && scenario !== null) {
    const name = (scenario as Record<string, unknown>)["name"];
    if (typeof name === "string" && name !== "") return name;
  }
  return undefined;
}

function uniqueLabel(label: string, taken: readonly string[]): string {
  if (!taken.includes(label)) return label;
  let k = 2;
  while (taken.includes(`${label} (base)${k === 2 ? "" : ` ${k}`}`)) k++;
  return `${label} (base)${k === 2 ? "" : ` ${k}`}`;
}
