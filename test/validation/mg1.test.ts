/*
 * M/G/1 against the Pollaczek–Khinchine formula Wq = λE[S²] / (2(1 - ρ)) with
 * two service distributions of mean 1 at λ = 0.7 (ρ = 0.7):
 * - Erlang-2 (2 phases of rate 2): E[S²] = Var + mean² = 0.5 + 1 = 1.5, Wq = 1.75;
 * - uniform on [0, 2]: E[S²] = 4/3, Wq ≈ 1.5556.
 * Plus Little's law within each run.
 *
 * Method (see runQueueModel): one run of 570,000 time units (about 400k
 * customers) per distribution, the first 10 % discarded as warm-up, the rest
 * cut into 32 batches of about 16,000 time units (≈ 11,000 customers); 95 % CI
 * from the batch means (Student t, about 31 df). Wq half-width ≈ 2 % of theory.
 * Tolerance = max(3 × half-width, 1 % of theory); see expectMatchesTheory.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { erlang, uniform, type Rng } from "../../src/random/index";
import { expectLittle, expectMatchesTheory, pollaczekKhinchineWq, runQueueModel, type QueueModelResult } from "./helpers";

const LAMBDA = 0.7;

describe.each([
  { name: "Erlang-2", sample: (rng: Rng) => erlang(rng, 2, 2), mean: 1, secondMoment: 1.5, seed: 401 },
  { name: "uniform(0, 2)", sample: (rng: Rng) => uniform(rng, 0, 2), mean: 1, secondMoment: 4 / 3, seed: 402 },
])("M/G/1 with λ = 0.7 and $name service", ({ sample, mean, secondMoment, seed }) => {
  const wq = pollaczekKhinchineWq(LAMBDA, mean, secondMoment);
  let r: QueueModelResult;

  beforeAll(() => {
    r = runQueueModel({
      servers: [1],
      classes: [{ arrivalRate: LAMBDA, service: [sample] }],
      seed,
      horizon: 570_000,
    });
  });

  it("observed service times have the intended mean", () => {
    // ≈ 400k service times with sd ≤ 0.71: SE ≤ 0.0012, so 1 % is over 8 SE
    expect(Math.abs(r.stations[0]!.meanService - mean)).toBeLessThan(0.01 * mean);
  });

  it("mean wait in queue Wq = λE[S²] / (2(1 - ρ))", () => {
    expectMatchesTheory("Wq", r.stations[0]!.wait, wq);
  });

  it("mean time in system W = Wq + E[S], L = λW, Lq = λWq", () => {
    expectMatchesTheory("W", r.sojourn, wq + mean);
    expectMatchesTheory("L", r.inSystem, LAMBDA * (wq + mean));
    expectMatchesTheory("Lq", r.stations[0]!.inQueue, LAMBDA * wq);
  });

  it("Little's law: L = λW, Lq = λWq, busy = λE[S] within the same run", () => {
    const st = r.stations[0]!;
    expectLittle("L", r.inSystem.mean, r.arrivalRate, r.sojourn.mean);
    expectLittle("Lq", st.inQueue.mean, r.arrivalRate, st.wait.mean);
    expectLittle("busy", st.busy.mean, r.arrivalRate, st.meanService);
  });
});
