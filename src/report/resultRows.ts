/*
 * Results as flat rows of plain values for CSV and data frames: summary rows
 * (one per metric, and per variant or sweep point) and tidy rows (one per
 * replication and metric). Numbers are kept at full precision.
 */
import type { ComparisonResult, ExperimentResult, SweepResult } from "../experiment";
import { reportArms } from "./reportArms";
import { chooseMetrics, type MetricChoice } from "./reportTables";
import { resultKind, type AnyResult } from "./resultKind";

/** A row of plain values. */
export type ResultRow = Record<string, string | number | boolean | null>;

/**
 * One row per metric (per variant for a comparison, per point and metric for
 * a sweep) with the confidence interval's fields:
 * - run: `metric, mean, sd, n, halfWidth, lower, upper, excluded`
 * - comparison: `variant, metric, baseMean, variantMean, difference, sd, n, halfWidth, lower, upper, relativeDifference, significant, excluded`
 * - sweep: `point, <swept paths…>, metric, mean, sd, n, halfWidth, lower, upper, excluded`
 *
 * @param metrics - which metrics @defaultValue "all"
 */
export function summaryRows(result: AnyResult, metrics: MetricChoice = "all"): ResultRow[] {
  const kind = resultKind(result);
  if (kind === "experiment") {
    const r = result as ExperimentResult<unknown>;
    return chooseMetrics(Object.keys(r.summary), metrics).map((m) => ({ metric: m, ...ciFields(r.summary[m]!) }));
  }
  if (kind === "comparison") {
    const c = result as ComparisonResult<unknown>;
    const rows: ResultRow[] = [];
    for (const [variant, per] of Object.entries(c.comparisons)) {
      for (const m of chooseMetrics(Object.keys(per), metrics)) {
        const x = per[m]!;
        const d = x.difference;
        rows.push({
          variant,
          metric: m,
          baseMean: x.baseMean,
          variantMean: x.variantMean,
          difference: d.mean,
          sd: d.sd,
          n: d.n,
          halfWidth: d.halfWidth,
          lower: d.lower,
          upper: d.upper,
          relativeDifference: x.relativeDifference,
          significant: x.significant,
          excluded: d.excluded,
        });
      }
    }
    return rows;
  }
  const s = result as SweepResult<unknown>;
  const all = s.results.length > 0 ? Object.keys(s.results[0]!.summary) : [];
  const chosen = chooseMetrics(all, metrics);
  const rows: ResultRow[] = [];
  s.results.forEach((r, k) => {
    const params = plainParameters(s.parameters, s.points[k]!.parameters);
    for (const m of chosen) {
      const summary = r.summary[m];
      if (summary !== undefined) rows.push({ point: k, ...params, metric: m, ...ciFields(summary) });
    }
  });
  return rows;
}

/**
 * One row per replication and metric (the tidy layout of R and pandas):
 * - run: `replication, metric, value`
 * - comparison: `scenario, replication, metric, value` (scenario: the base's label or the variant name)
 * - sweep: `point, replication, metric, value, <swept paths…>`
 */
export function tidyRows(result: AnyResult): ResultRow[] {
  const kind = resultKind(result);
  if (kind === "sweep") {
    const s = result as SweepResult<unknown>;
    return s.rows.map((row) => {
      const { point, replication, metric, value } = row;
      return { point, replication, metric, value, ...plainParameters(s.parameters, row) };
    });
  }
  const rows: ResultRow[] = [];
  for (const arm of reportArms(result)) {
    arm.result.records.forEach((record, k) => {
      const replication = arm.result.replications[k]!;
      for (const [metric, value] of Object.entries(record)) {
        rows.push(kind === "comparison" ? { scenario: arm.label, replication, metric, value } : { replication, metric, value });
      }
    });
  }
  return rows;
}

function ciFields(s: ExperimentResult<unknown>["summary"][string]): ResultRow {
  return { mean: s.mean, sd: s.sd, n: s.n, halfWidth: s.halfWidth, lower: s.lower, upper: s.upper, excluded: s.excluded };
}

function plainParameters(paths: readonly string[], values: Record<string, unknown>): ResultRow {
  const out: ResultRow = {};
  for (const p of paths) {
    const v = values[p];
    out[p] = v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : (JSON.stringify(v) ?? null);
  }
  return out;
}
