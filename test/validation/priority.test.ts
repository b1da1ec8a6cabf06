/*
 * Two-class non-preemptive priority M/G/1 (here with exponential service)
 * against Cobham's formula: Wq_k = W0 / ((1 - σ_{k-1})(1 - σ_k)) with
 * W0 = Σ λ_i E[S_i²] / 2 and σ_k the load of classes 1..k.
 * Class 1 (priority 0): λ = 0.4, mean service 0.5 (ρ1 = 0.2, E[S²] = 0.5).
 * Class 2 (priority 1): λ = 0.6, mean service 1 (ρ2 = 0.6, E[S²] = 2).
 * W0 = 0.7, Wq1 = 0.7 / 0.8 = 0.875, Wq2 = 0.7 / (0.8 × 0.2) = 4.375.
 * Plus the overall mean wait and Little's law within the run.
 *
 * Method (see runQueueModel): one run of 1,000,000 time units (about 1M
 * customers), the first 10 % discarded as warm-up, the rest cut into 32 batches
 * (≈ 28,000 customers, ≈ 11,000 of class 1); 95 % CI from the batch means
 * (Student t, about 31 df). Half-widths ≈ 0.7 % (class 1) and 2.3 % (class 2).
 * Tolerance = max(3 × half-width, 1 % of theory); see expectMatchesTheory.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { exponential } from "../../src/random/index";
import { cobhamWq, expectLittle, expectMatchesTheory, runQueueModel, type QueueModelResult } from "./helpers";

const CLASSES = [
  { lambda: 0.4, meanService: 0.5, secondMoment: 2 * 0.5 * 0.5, priority: 0 },
  { lambda: 0.6, meanService: 1, secondMoment: 2 * 1 * 1, priority: 1 },
];

describe("two-class non-preemptive priority M/M/1", () => {
  const wq = cobhamWq(CLASSES);
  let r: QueueModelResult;

  beforeAll(() => {
    r = runQueueModel({
      servers: [1],
      classes: CLASSES.map((c) => ({
        arrivalRate: c.lambda,
        priority: c.priority,
        service: [(rng) => exponential(rng, 1 / c.meanService)],
      })),
      seed: 501,
      horizon: 1_000_000,
    });
  });

  it("Cobham helper gives the hand-computed values", () => {
    expect(wq[0]).toBeCloseTo(0.875, 12);
    expect(wq[1]).toBeCloseTo(4.375, 12);
  });

  it("class 1 (high priority) mean wait Wq1 = W0 / (1 - σ1)", () => {
    expectMatchesTheory("Wq1", r.stations[0]!.waitByClass[0]!, wq[0]!);
  });

  it("class 2 (low priority) mean wait Wq2 = W0 / ((1 - σ1)(1 - σ2))", () => {
    expectMatchesTheory("Wq2", r.stations[0]!.waitByClass[1]!, wq[1]!);
  });

  it("overall mean wait is the arrival-weighted mean of the class waits", () => {
    const lambda = CLASSES[0]!.lambda + CLASSES[1]!.lambda;
    const overall = (CLASSES[0]!.lambda * wq[0]! + CLASSES[1]!.lambda * wq[1]!) / lambda;
    expectMatchesTheory("Wq (all)", r.stations[0]!.wait, overall);
  });

  it("Little's law: L = λW, Lq = λWq, busy = λE[S] within the same run", () => {
    const st = r.stations[0]!;
    expectLittle("L", r.inSystem.mean, r.arrivalRate, r.sojourn.mean);
    expectLittle("Lq", st.inQueue.mean, r.arrivalRate, st.wait.mean);
    expectLittle("busy", st.busy.mean, r.arrivalRate, st.meanService);
  });
});
