/*
 * The built-in M/M/c model against queueing theory, and its stream use.
 */
import { describe, expect, it } from "vitest";
import { runReplications } from "../../src/experiment";
import { mm1Model, mm1ScenarioSchema } from "../../src/models";

describe("mm1 model", () => {
  // Steady-state values: M/M/1 (λ=0.5, μ=1): Wq = ρ/(μ−λ) = 1, W = 2, ρ = 0.5.
  // M/M/2 (λ=1.2, μ=1): a = 1.2, ρ = 0.6, P0 = 1/(1 + 1.2 + 1.44/(2·0.4)) = 0.25,
  // Erlang C = 1.8·0.25 = 0.45, Wq = 0.45/(2 − 1.2) = 0.5625, W = 1.5625.
  // Tolerance 4 SE (SE = sd/√8 over 8 replications; P(|t₇| > 4) ≈ 0.005). The
  // warm-up of 500 is over 40 relaxation times, and the window of 10 000 keeps
  // the ratio-estimator bias of the means far below 1 SE.
  const cases = [
    { name: "M/M/1", scenario: { arrivalRate: 0.5, serviceRate: 1, servers: 1 }, wq: 1, w: 2, rho: 0.5 },
    { name: "M/M/2", scenario: { arrivalRate: 1.2, serviceRate: 1, servers: 2 }, wq: 0.5625, w: 1.5625, rho: 0.6 },
  ];
  for (const c of cases) {
    it(`${c.name} matches steady-state theory`, async () => {
      const r = await runReplications(mm1Model, { ...c.scenario, horizon: 10_500, warmup: 500 }, { replications: 8, rootSeed: 77, workers: 1 });
      const within = (metric: string, truth: number): void => {
        const s = r.summary[metric]!;
        const se = s.sd / Math.sqrt(s.n);
        expect(Math.abs(s.mean - truth), `${metric}: mean ${s.mean}, theory ${truth}, SE ${se}`).toBeLessThanOrEqual(4 * se);
      };
      within("waitMean", c.wq);
      within("systemMean", c.w);
      within("utilisation", c.rho);
      within("served", c.scenario.arrivalRate * 10_000);
    });
  }

  it("is a pure function of scenario and replication context", () => {
    const s = mm1ScenarioSchema.parse({ horizon: 300, warmup: 50 });
    const a = mm1Model.run(s, { rootSeed: 1, replication: 3 });
    expect(mm1Model.run(s, { rootSeed: 1, replication: 3 })).toEqual(a);
    expect(mm1Model.run(s, { rootSeed: 1, replication: 4 })).not.toEqual(a);
    expect(mm1Model.run(s, { rootSeed: "1", replication: 3 })).toEqual(a); // 1 and "1" name the same streams
  });

  it("fills in defaults", () => {
    expect(mm1ScenarioSchema.parse({})).toEqual({ arrivalRate: 0.8, serviceRate: 1, servers: 1, horizon: 10_000, warmup: 1_000 });
  });
});
