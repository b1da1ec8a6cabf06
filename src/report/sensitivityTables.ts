/*
 * The tables of a sensitivity analysis and of a regime map, shared by the
 * command line and the HTML report: per metric, the parameters ranked by
 * influence (Morris μ*, Sobol total index, or |rank correlation|), and for a
 * regime map the grid of verdicts with the boundary in words.
 */
import { summariseOutput, type RegimeMapResult, type SensitivityMeasure, type SensitivityResult } from "../experiment";
import { formatNumber } from "./formatNumber";
import { metricHeading } from "./metricInfo";
import type { TextTable } from "./TextTable";

/** One table per metric, parameters in order of influence. */
export function sensitivityTables(result: SensitivityResult<unknown>): TextTable[] {
  return result.metrics.map((metric) => {
    const rows = result.measures.filter((m) => m.metric === metric);
    const title = `${metricHeading(metric)}${result.variantName === undefined ? "" : ` (${result.output})`}: ${methodTitle(result)}`;
    const o = summariseOutput(result, metric);
    const over =
      `\nOutput over the ${o.points} design points: mean ${formatNumber(o.mean)}, from ${formatNumber(o.min)} to ${formatNumber(o.max)}` +
      (result.variantName === undefined ? "" : `; below 0 (${result.variantName} lower) at ${o.below} of ${o.points}`) +
      (Number.isFinite(o.replicationSd) ? `; sd between replications at a point ${formatNumber(o.replicationSd)}` : "") +
      (Number.isFinite(o.noiseFloor) ? `; μ* below about ${formatNumber(o.noiseFloor)} cannot be told from replication noise.` : ".");
    if (result.method === "morris") {
      rows.sort((a, b) => (b.muStar ?? 0) - (a.muStar ?? 0));
      return {
        title,
        columns: ["parameter", "μ*", "± se", "μ", "σ"],
        align: ["left", "right", "right", "right", "right"],
        rows: rows.map((m) => [m.parameter, f(m.muStar), f(m.muStarSe), f(m.mu), f(m.sigma)]),
        note:
          "μ*: mean |elementary effect| (change of the output over the parameter's full range), the ranking; μ: its sign; σ: spread of the effects (non-linearity or interaction)." +
          over,
      };
    }
    if (result.method === "sobol") {
      rows.sort((a, b) => (b.total ?? 0) - (a.total ?? 0));
      return {
        title,
        columns: ["parameter", "first order S", "95% interval", "total ST", "95% interval"],
        align: ["left", "right", "right", "right", "right"],
        rows: rows.map((m) => [m.parameter, f(m.first), ci(m.firstLower, m.firstUpper), f(m.total), ci(m.totalLower, m.totalUpper)]),
        note:
          "S: share of the output's variance due to the parameter alone; ST: including its interactions (ST ≈ 0: the parameter can be fixed anywhere in its range). Bootstrap percentile intervals." +
          over,
      };
    }
    rows.sort((a, b) => Math.abs(b.rankCorrelation ?? 0) - Math.abs(a.rankCorrelation ?? 0));
    return {
      title,
      columns: ["parameter", "rank correlation"],
      align: ["left", "right"],
      rows: rows.map((m: SensitivityMeasure) => [m.parameter, f(m.rankCorrelation)]),
      note: "Spearman rank correlation of the parameter with the output over the Latin hypercube sample (all parameters varying together)." + over,
    };
  });
}

/** The verdict grid of a regime map: rows are y values, columns x values. */
export function regimeMapTable(result: RegimeMapResult<unknown>): TextTable {
  const short = (v: unknown): string => (typeof v === "number" ? String(Number(v.toPrecision(4))) : JSON.stringify(v));
  const rows = result.y.values.map((yv, yi) => [
    short(yv),
    ...result.x.values.map((_, xi) => {
      const c = result.cells.find((c) => c.xi === xi && c.yi === yi)!;
      return `${c.significant ? c.winner : "≈"} (${formatNumber(c.difference)})`;
    }),
  ]);
  return {
    title: `${metricHeading(result.metric)}: ${result.variantName} − ${result.baseName} (${result.better} is better), rows ${result.y.path}, columns ${result.x.path}`,
    columns: [result.y.path, ...result.x.values.map(short)],
    align: ["left", ...result.x.values.map(() => "right" as const)],
    rows,
    note: `Each cell: the better scenario where the paired 95% interval of the difference excludes 0 (≈ where it does not), and the mean difference ${result.variantName} − ${result.baseName}; ${result.replications.length} paired replications per cell.\n${result.boundary.join("\n")}`,
  };
}

function methodTitle(r: SensitivityResult<unknown>): string {
  const runs = r.points.length * r.replications.length;
  if (r.method === "morris")
    return `Morris screening, ${r.design.samples} trajectories, ${r.points.length} points × ${r.replications.length} replication(s) = ${runs} runs per scenario`;
  if (r.method === "sobol")
    return `Sobol indices, ${r.design.samples} base samples, ${r.points.length} points × ${r.replications.length} replication(s) = ${runs} runs per scenario`;
  return `Latin hypercube, ${r.points.length} points × ${r.replications.length} replication(s)`;
}

function f(x: number | undefined): string {
  return x === undefined || x === null ? "n/a" : formatNumber(x);
}

function ci(lo: number | undefined, hi: number | undefined): string {
  return `[${f(lo)}, ${f(hi)}]`;
}
