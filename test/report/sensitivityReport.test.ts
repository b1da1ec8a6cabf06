/*
 * The report of a sensitivity analysis and a regime map: the right charts for
 * each method (μ*–σ for Morris, indices with intervals for Sobol, the heat map
 * for a map), with the data the result holds, and renderReport hands these
 * results to the sensitivity page. Small M/M/c runs in the calling thread.
 */
import { describe, expect, it } from "vitest";
import { regimeMap, sensitivity } from "../../src/experiment";
import { mm1Model } from "../../src/models";
import { morrisChart, regimeMapChart, renderReport, sensitivityRows, sensitivityTables, sobolChart } from "../../src/report";

const base = { arrivalRate: 0.5, serviceRate: 1, horizon: 300, warmup: 50 };
const parameters = [
  { path: "arrivalRate", kind: "uniform" as const, lo: 0.3, hi: 0.8 },
  { path: "serviceRate", kind: "uniform" as const, lo: 1, hi: 2 },
];

describe("sensitivity report", () => {
  it("Morris: a μ*–σ point per parameter and metric; tables ranked by μ*; tidy rows", async () => {
    const r = await sensitivity(mm1Model, base, {
      method: "morris",
      parameters,
      metric: ["waitMean", "served"],
      samples: 3,
      replications: 2,
      rootSeed: 1,
      workers: 1,
    });
    const chart = morrisChart(r)!;
    const values = (chart.spec["data"] as { values: Array<{ metric: string; parameter: string; muStar: number }> }).values;
    expect(values).toHaveLength(4);
    expect(values.find((v) => v.metric === "served" && v.parameter === "arrivalRate")!.muStar).toBe(
      r.measures.find((m) => m.metric === "served" && m.parameter === "arrivalRate")!.muStar,
    );
    expect(sobolChart(r)).toBeUndefined();
    const tables = sensitivityTables(r);
    expect(tables).toHaveLength(2);
    expect(tables[1]!.rows[0]![0]).toBe("arrivalRate"); // served depends on λ only
    expect(tables[0]!.note).toMatch(/cannot be told from replication noise/);
    const rows = sensitivityRows(r);
    expect(rows).toHaveLength(2 * 2 * 3);
    const html = renderReport(r);
    expect(html).toMatch(/data-chart="morris"/);
    expect(html).not.toMatch(/data-chart="sobol"/);
  });
  it("Sobol: first and total index with their bounds per parameter", async () => {
    const r = await sensitivity(mm1Model, base, { method: "sobol", parameters, metric: "waitMean", samples: 8, bootstrap: 20, rootSeed: 2, workers: 1 });
    const values = (sobolChart(r)!.spec["data"] as { values: Array<{ index: string; estimate: number; lower: number; upper: number }> }).values;
    expect(values).toHaveLength(4);
    for (const v of values) expect(v.lower).toBeLessThanOrEqual(v.upper);
    expect(renderReport(r)).toMatch(/data-chart="sobol"/);
  });
  it("regime map: one coloured cell per condition pair, the boundary in the caption", async () => {
    const r = await regimeMap(
      mm1Model,
      { ...base, serviceRate: 2 },
      { ...base, servers: 2 },
      {
        x: { path: "arrivalRate", values: [0.3, 0.9] },
        y: { path: "horizon", values: [200, 300] },
        metric: "systemMean",
        replications: 3,
        rootSeed: 3,
        workers: 1,
      },
    );
    const chart = regimeMapChart(r);
    const values = (chart.spec["data"] as { values: Array<{ better: string }> }).values;
    expect(values).toHaveLength(4);
    expect(values.map((v) => v.better)).toEqual(r.cells.map((c) => c.winner));
    expect(chart.caption).toContain(r.boundary[0]!);
    expect(renderReport(r)).toMatch(/data-chart="regime-map"/);
  });
});
