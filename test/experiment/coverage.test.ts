/*
 * Coverage of the replication confidence intervals on the M/M/1 queue: across
 * many independent experiments, the 95% interval should contain the true mean
 * about 95% of the time.
 *
 * The true mean must be known exactly, which the finite-horizon mean wait is
 * not. Two metrics qualify:
 * - `served` (departures in the window of length T = horizon − warmup): in a
 *   stationary M/M/1 queue the departures form a Poisson process of rate λ
 *   (Burke's theorem), so E[served] = λT. From an empty start,
 *   E[served] = λT + E[N(warmup)] − E[N(horizon)], where N is the number in
 *   system; E[N(t)] approaches L = ρ/(1 − ρ) like exp(−t/τ) with relaxation
 *   time τ = 1/(√μ − √λ)² ≈ 11.7 for λ = 0.5, μ = 1. With warmup 120 ≈ 10τ the
 *   bias is of order L·e⁻¹⁰ ≈ 5e-5, against a half-width of about 4, so it
 *   cannot move the coverage.
 * - `utilisation` (busy fraction in the window): stationary expectation ρ; the
 *   same transient argument makes its bias of order 1e-6.
 */
import { describe, expect, it } from "vitest";
import { runReplications } from "../../src/experiment";
import { mm1Model } from "../../src/models";

describe("confidence interval coverage on M/M/1", () => {
  it("95% intervals of served and utilisation cover λT and ρ about 95% of the time", async () => {
    const lambda = 0.5;
    const mu = 1;
    const warmup = 120;
    const horizon = 220;
    const experiments = 300;
    let coverServed = 0;
    let coverUtil = 0;
    for (let e = 0; e < experiments; e++) {
      const r = await runReplications(
        mm1Model,
        { arrivalRate: lambda, serviceRate: mu, servers: 1, warmup, horizon },
        { replications: 10, rootSeed: `coverage-${e}`, workers: 1 },
      );
      const served = r.summary["served"]!;
      const util = r.summary["utilisation"]!;
      expect(served.n).toBe(10);
      if (served.lower <= lambda * (horizon - warmup) && lambda * (horizon - warmup) <= served.upper) coverServed++;
      if (util.lower <= lambda / mu && lambda / mu <= util.upper) coverUtil++;
    }
    // Binomial SE of a coverage proportion near 0.95 from 300 experiments:
    // sqrt(0.95 × 0.05 / 300) = 0.0126; tolerance 3 SE = 0.038, so [0.912, 0.988].
    // (The t interval is nearly exact here: each value is a sum over ~50 customers, close to normal.)
    const se = Math.sqrt((0.95 * 0.05) / experiments);
    expect(Math.abs(coverServed / experiments - 0.95)).toBeLessThanOrEqual(3 * se);
    expect(Math.abs(coverUtil / experiments - 0.95)).toBeLessThanOrEqual(3 * se);
  });
});
