/*
 * Tidy rows of a sensitivity analysis or regime map for CSV: one row per
 * metric, parameter and measure (with interval bounds where there are some),
 * or one row per regime-map cell.
 */
import type { RegimeMapResult, SensitivityResult } from "../experiment";

/** `{ metric, parameter, measure, estimate, lower, upper }` rows; the bounds are empty where a measure has none. */
export function sensitivityRows(result: SensitivityResult<unknown>): Array<Record<string, unknown>> {
  const rows: Array<Record<string, unknown>> = [];
  const add = (metric: string, parameter: string, measure: string, estimate: number | undefined, lower?: number, upper?: number): void => {
    if (estimate === undefined) return;
    rows.push({ method: result.method, metric, output: result.output, parameter, measure, estimate, lower: lower ?? "", upper: upper ?? "" });
  };
  for (const m of result.measures) {
    add(
      m.metric,
      m.parameter,
      "muStar",
      m.muStar,
      m.muStar === undefined || m.muStarSe === undefined ? undefined : m.muStar - 1.96 * m.muStarSe,
      m.muStar === undefined || m.muStarSe === undefined ? undefined : m.muStar + 1.96 * m.muStarSe,
    );
    add(m.metric, m.parameter, "mu", m.mu);
    add(m.metric, m.parameter, "sigma", m.sigma);
    add(m.metric, m.parameter, "first", m.first, m.firstLower, m.firstUpper);
    add(m.metric, m.parameter, "total", m.total, m.totalLower, m.totalUpper);
    add(m.metric, m.parameter, "rankCorrelation", m.rankCorrelation);
  }
  return rows;
}

/** One row per cell: conditions, means, paired difference with its interval, and the verdict. */
export function regimeMapRows(result: RegimeMapResult<unknown>): Array<Record<string, unknown>> {
  return result.cells.map((c) => ({
    [result.x.path]: c.x,
    [result.y.path]: c.y,
    metric: result.metric,
    base: result.baseName,
    variant: result.variantName,
    baseMean: c.baseMean,
    variantMean: c.variantMean,
    difference: c.difference,
    lower: c.lower,
    upper: c.upper,
    pairs: c.n,
    significant: c.significant,
    better: c.winner,
  }));
}
