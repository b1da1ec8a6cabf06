/*
 * M/D/1 (deterministic service of 1, λ = 0.7, ρ = 0.7) against the
 * Pollaczek–Khinchine formula Wq = λE[S²] / (2(1 - ρ)) = 0.7 / 0.6 ≈ 1.1667,
 * half the M/M/1 wait at the same load, plus Little's law within the run.
 *
 * Method (see runQueueModel): one run of 570,000 time units (about 400k
 * customers), the first 10 % discarded as warm-up, the rest cut into 32 batches
 * of about 16,000 time units (≈ 11,000 customers, far longer than the
 * relaxation time of a ρ = 0.7 queue); 95 % CI from the batch means (Student t,
 * about 31 df). Wq half-width ≈ 1.5 % of theory.
 * Tolerance = max(3 × half-width, 1 % of theory); see expectMatchesTheory.
 */
import { beforeAll, describe, it } from "vitest";
import { expectLittle, expectMatchesTheory, pollaczekKhinchineWq, runQueueModel, type QueueModelResult } from "./helpers";

const LAMBDA = 0.7;
const D = 1;

describe("M/D/1 with λ = 0.7, service time 1", () => {
  const wq = pollaczekKhinchineWq(LAMBDA, D, D * D);
  let r: QueueModelResult;

  beforeAll(() => {
    r = runQueueModel({
      servers: [1],
      classes: [{ arrivalRate: LAMBDA, service: [() => D] }],
      seed: 301,
      horizon: 570_000,
    });
  });

  it("mean wait in queue Wq = λD² / (2(1 - ρ))", () => {
    expectMatchesTheory("Wq", r.stations[0]!.wait, wq);
  });

  it("mean time in system W = Wq + D and number in system L = λW", () => {
    expectMatchesTheory("W", r.sojourn, wq + D);
    expectMatchesTheory("L", r.inSystem, LAMBDA * (wq + D));
    expectMatchesTheory("Lq", r.stations[0]!.inQueue, LAMBDA * wq);
  });

  it("Little's law: L = λW, Lq = λWq, busy = λE[S] within the same run", () => {
    const st = r.stations[0]!;
    expectLittle("L", r.inSystem.mean, r.arrivalRate, r.sojourn.mean);
    expectLittle("Lq", st.inQueue.mean, r.arrivalRate, st.wait.mean);
    expectLittle("busy", st.busy.mean, r.arrivalRate, st.meanService);
  });
});
