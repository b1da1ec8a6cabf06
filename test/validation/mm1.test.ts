/*
 * M/M/1 against closed-form theory at two loads (ρ = 0.5 and ρ = 0.8):
 * Wq = ρ/(μ - λ), W = 1/(μ - λ), L = ρ/(1 - ρ), Lq = ρ²/(1 - ρ), busy = ρ,
 * plus Little's law between the time averages and the per-customer means.
 *
 * Method (see runQueueModel): one long run per load, the first 10 % discarded
 * as warm-up, the rest cut into 32 batches; the 95 % CI comes from the batch
 * means (Student t, about 31 df). Time batches are 11,250 (ρ = 0.5) and 35,156
 * (ρ = 0.8) time units, about 5,600 and 28,000 customers, and hundreds of times
 * the relaxation time 1/(μ(1 - √ρ)²) (≈ 12 and 90), so batch means are close
 * to independent. The noisier ρ = 0.8 gets the longer run (1M customers against
 * 200k); its Wq half-width is about 3 % of theory.
 * Tolerance = max(3 × half-width, 1 % of theory); see expectMatchesTheory.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { exponential } from "../../src/random/index";
import { erlangC, expectLittle, expectMatchesTheory, runQueueModel, type QueueModelResult } from "./helpers";

describe.each([
  // horizon: about 200k and 1M customers; the noisier ρ = 0.8 gets the longer run
  { lambda: 0.5, mu: 1, horizon: 400_000, seed: 101 },
  { lambda: 0.8, mu: 1, horizon: 1_250_000, seed: 102 },
])("M/M/1 with λ = $lambda, μ = $mu", ({ lambda, mu, horizon, seed }) => {
  const rho = lambda / mu;
  let r: QueueModelResult;

  beforeAll(() => {
    r = runQueueModel({
      servers: [1],
      classes: [{ arrivalRate: lambda, service: [(rng) => exponential(rng, mu)] }],
      seed,
      horizon,
    });
  });

  it("Erlang C with one server is ρ (helper sanity check)", () => {
    expect(erlangC(1, rho)).toBeCloseTo(rho, 12);
  });

  it("mean wait in queue Wq = ρ/(μ - λ)", () => {
    expectMatchesTheory("Wq", r.stations[0]!.wait, rho / (mu - lambda));
  });

  it("mean time in system W = 1/(μ - λ)", () => {
    expectMatchesTheory("W", r.sojourn, 1 / (mu - lambda));
  });

  it("mean number in system L = ρ/(1 - ρ) and waiting Lq = ρ²/(1 - ρ)", () => {
    expectMatchesTheory("L", r.inSystem, rho / (1 - rho));
    expectMatchesTheory("Lq", r.stations[0]!.inQueue, (rho * rho) / (1 - rho));
  });

  it("server utilisation = ρ", () => {
    expectMatchesTheory("busy", r.stations[0]!.busy, rho);
  });

  it("Little's law: L = λW, Lq = λWq, busy = λE[S] within the same run", () => {
    const st = r.stations[0]!;
    expectLittle("L", r.inSystem.mean, r.arrivalRate, r.sojourn.mean);
    expectLittle("Lq", st.inQueue.mean, r.arrivalRate, st.wait.mean);
    expectLittle("busy", st.busy.mean, r.arrivalRate, st.meanService);
  });
});
