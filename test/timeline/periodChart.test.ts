/*
 * The report's period chart: drawn when a result kept periods, with the
 * scenario's dated changes marked; left out otherwise.
 */
import { describe, expect, it } from "vitest";
import { runReplications } from "../../src/experiment/runReplications";
import { reportCharts } from "../../src/report/reportCharts";
// Registers the built-in models ("office", "mm1"), as importing caseflow from its root does.
import "../../src/models/builtinModels";

const scenario = (periods: boolean) => ({
  office: {
    units: [{ regime: "standardised", handlers: 8 }],
    world: { demand: { casesPerWeek: 40 } },
    timeline: [{ change: "regime", at: "2026-03-02", unit: 0, to: { regime: "team" } }],
  },
  run: { horizonDays: 120, warmupDays: 14, ...(periods ? { periods: "month" } : {}) },
});

describe("period chart", () => {
  it("shows each month's lead time with its interval and marks the switch", async () => {
    const result = await runReplications("office", scenario(true), { replications: 2, rootSeed: 1, workers: 1 });
    const chart = reportCharts(result).find((c) => c.name === "periods");
    expect(chart).toBeDefined();
    const layers = (chart!.spec as { layer: Array<{ data: { values: Array<Record<string, unknown>> } }> }).layer;
    const points = layers[1]!.data.values;
    expect(points.map((p) => p["period"])).toEqual(["2026-01", "2026-02", "2026-03", "2026-04", "2026-05"]);
    for (const p of points) expect(p["low"] as number).toBeLessThanOrEqual(p["mean"] as number);
    // 2 March 2026 is day 56
    expect(layers[2]!.data.values).toEqual([{ day: 56, label: "regime" }]);
  });

  it("is left out when the run kept no periods", async () => {
    const result = await runReplications("office", scenario(false), { replications: 2, rootSeed: 1, workers: 1 });
    expect(reportCharts(result).some((c) => c.name === "periods")).toBe(false);
  });
});
