/*
 * A two-station tandem Jackson network (M/M/1 → M/M/1) against theory: by
 * Burke's theorem the departures of station 1 are Poisson(λ), so each station
 * behaves as an independent M/M/1 with mean sojourn 1/(μ_i - λ) and the mean
 * total time is their sum. λ = 0.5, μ1 = 1, μ2 = 0.8: W1 = 2, W2 = 10/3,
 * W = 16/3, L = λW = 8/3. Plus Little's law per station and for the network.
 *
 * Method (see runQueueModel): one run of 800,000 time units (about 400k
 * customers, each visiting both stations), the first 10 % discarded as warm-up,
 * the rest cut into 32 batches of 22,500 time units (≈ 11,000 customers); 95 %
 * CI from the batch means (Student t, about 31 df). Half-widths ≈ 1–2.6 % of
 * theory. Tolerance = max(3 × half-width, 1 % of theory); see expectMatchesTheory.
 */
import { beforeAll, describe, it } from "vitest";
import { exponential } from "../../src/random/index";
import { expectLittle, expectMatchesTheory, runQueueModel, type QueueModelResult } from "./helpers";

const LAMBDA = 0.5;
const MU = [1, 0.8] as const;

describe("tandem M/M/1 → M/M/1 with λ = 0.5, μ = (1, 0.8)", () => {
  let r: QueueModelResult;

  beforeAll(() => {
    r = runQueueModel({
      servers: [1, 1],
      classes: [{ arrivalRate: LAMBDA, service: MU.map((mu) => (rng) => exponential(rng, mu)) }],
      seed: 601,
      horizon: 800_000,
    });
  });

  it("each station's mean sojourn is 1/(μ_i - λ) and its mean number λ/(μ_i - λ)", () => {
    MU.forEach((mu, i) => {
      const st = r.stations[i]!;
      expectMatchesTheory(`W${i + 1}`, st.sojourn, 1 / (mu - LAMBDA));
      expectMatchesTheory(`L${i + 1}`, st.inStation, LAMBDA / (mu - LAMBDA));
      expectMatchesTheory(`Wq${i + 1}`, st.wait, LAMBDA / mu / (mu - LAMBDA));
    });
  });

  it("total mean time is the sum of the station sojourns", () => {
    const w = MU.reduce((s, mu) => s + 1 / (mu - LAMBDA), 0);
    expectMatchesTheory("W", r.sojourn, w);
    expectMatchesTheory("L", r.inSystem, LAMBDA * w);
  });

  it("Little's law per station and for the network within the same run", () => {
    expectLittle("L", r.inSystem.mean, r.arrivalRate, r.sojourn.mean);
    r.stations.forEach((st, i) => {
      expectLittle(`L${i + 1}`, st.inStation.mean, r.arrivalRate, st.sojourn.mean);
      expectLittle(`Lq${i + 1}`, st.inQueue.mean, r.arrivalRate, st.wait.mean);
      expectLittle(`busy${i + 1}`, st.busy.mean, r.arrivalRate, st.meanService);
    });
  });
});
