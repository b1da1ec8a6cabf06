/*
 * M/M/c with c = 10, λ = 9, μ = 1 (ρ = 0.9) against Erlang C:
 * P(wait > 0) = C(c, a) with a = λ/μ, Wq = C(c, a)/(cμ - λ), Lq = λWq,
 * W = Wq + 1/μ, L = λW, plus Little's law within the run.
 *
 * Method (see runQueueModel): one run of 222,222 time units (about 2M
 * customers), the first 10 % discarded as warm-up, the rest cut into 32
 * batches of 6,250 time units (≈ 56,000 customers, about 350 relaxation times
 * 1/(cμ(1 - √ρ)²) ≈ 18); 95 % CI from the batch means (Student t, about 31 df).
 * At ρ = 0.9 the waits are strongly autocorrelated, so Wq and Lq are the
 * noisiest quantities of the suite (half-width ≈ 3.6 % of theory here); this
 * test therefore allows half-widths up to 8 % of theory for them (5 % elsewhere).
 * The share of customers who wait is far less noisy (half-width ≈ 0.8 %) and
 * checks the Erlang C formula itself tightly.
 * Tolerance = max(3 × half-width, 1 % of theory); see expectMatchesTheory.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { exponential } from "../../src/random/index";
import { erlangC, expectLittle, expectMatchesTheory, mmcTheory, runQueueModel, type QueueModelResult } from "./helpers";

const C = 10;
const LAMBDA = 9;
const MU = 1;

describe("Erlang C helper", () => {
  it("agrees with the textbook sum formula", () => {
    // C(c, a) = (a^c / c!) (c/(c-a)) / (Σ_{k<c} a^k/k! + (a^c/c!) (c/(c-a)))
    const direct = (c: number, a: number): number => {
      let term = 1;
      let sum = 0;
      for (let k = 0; k < c; k++) {
        sum += term;
        term *= a / (k + 1);
      }
      const top = (term * c) / (c - a);
      return top / (sum + top);
    };
    for (const [c, a] of [
      [1, 0.5],
      [2, 1.5],
      [10, 9],
      [50, 45],
    ] as const) {
      expect(erlangC(c, a)).toBeCloseTo(direct(c, a), 12);
    }
    expect(erlangC(10, 9)).toBeCloseTo(0.66873, 5);
    expect(() => erlangC(10, 10)).toThrow(RangeError);
  });
});

describe("M/M/10 with λ = 9, μ = 1", () => {
  const theory = mmcTheory(LAMBDA, MU, C);
  let r: QueueModelResult;

  beforeAll(() => {
    r = runQueueModel({
      servers: [C],
      classes: [{ arrivalRate: LAMBDA, service: [(rng) => exponential(rng, MU)] }],
      seed: 201,
      horizon: 222_222,
    });
  });

  it("share of customers who wait = Erlang C", () => {
    expectMatchesTheory("P(wait > 0)", r.stations[0]!.pWait, theory.pWait);
  });

  it("mean wait in queue Wq = C(c, a)/(cμ - λ)", () => {
    expectMatchesTheory("Wq", r.stations[0]!.wait, theory.wq, 0.01, 0.08);
  });

  it("mean number waiting Lq = λWq", () => {
    expectMatchesTheory("Lq", r.stations[0]!.inQueue, theory.lq, 0.01, 0.08);
  });

  it("mean time in system W and number in system L", () => {
    expectMatchesTheory("W", r.sojourn, theory.w);
    expectMatchesTheory("L", r.inSystem, theory.l);
  });

  it("mean busy servers = λ/μ", () => {
    expectMatchesTheory("busy", r.stations[0]!.busy, LAMBDA / MU);
  });

  it("Little's law: L = λW, Lq = λWq, busy = λE[S] within the same run", () => {
    const st = r.stations[0]!;
    expectLittle("L", r.inSystem.mean, r.arrivalRate, r.sojourn.mean);
    expectLittle("Lq", st.inQueue.mean, r.arrivalRate, st.wait.mean);
    expectLittle("busy", st.busy.mean, r.arrivalRate, st.meanService);
  });
});
