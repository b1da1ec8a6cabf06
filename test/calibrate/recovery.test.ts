/*
 * Recovery: figures generated from known settings are found again by
 * calibrate from a different start. A small team office (3 handlers, 8
 * simulated weeks) is run at the "true" settings — 16 new claims a week, 45%
 * of certificates complete — with its own root seed and 20 replications; the
 * calibration starts from 12 claims a week and the default 90% completeness
 * and sees only two figures: claims arrived in the window (driven by the
 * weekly volume) and the mean lead time (driven by how many claims wait for
 * healthcare to complete their certificate, and by the load).
 *
 * Tolerances: the figures are means of 20 replications with 95% half-widths of
 * about 4.4% (arrivals) and 5.3% (lead time, ±0.46 days); each candidate is
 * judged on 4 replications of another seed, whose half-widths are about
 * √(20/4) ≈ 2.2 times wider: ±10% of arrivals, i.e. ±1.6 claims a week, and
 * ±1 day of lead time. Lead time moves about 1.4 days per 0.1 of completeness
 * (measured at 0.35 and 0.55), so that is about ±0.08 of completeness. The
 * test allows 2 claims a week and 0.12 of completeness, beyond those errors
 * and far tighter than the search ranges (6–30 claims, 0.1–0.95). The run is
 * deterministic (fixed seeds), so the outcome does not vary between runs.
 */
import { describe, expect, it } from "vitest";
import { calibrate, runReplications } from "../../src/experiment";
import { type OfficeScenarioInput } from "../../src/models";

const office: OfficeScenarioInput = {
  name: "small team office",
  office: { holidays: "none", units: [{ regime: "team", handlers: 3 }], world: { demand: { casesPerWeek: 12 } } },
  run: { horizonDays: 56, warmupDays: 14 },
};

describe("calibrate recovers known settings", () => {
  it("finds casesPerWeek and certificate completeness from arrivals and lead time, from a different start", async () => {
    const truth = structuredClone(office);
    truth.office!.world = { demand: { casesPerWeek: 16 }, certificates: { completeShare: 0.45 } };
    const run = await runReplications("office", truth, { replications: 20, rootSeed: 99, workers: 1 });
    const figures = { arrived: run.summary["arrived"]!.mean, "leadTimeDays.mean": run.summary["leadTimeDays.mean"]!.mean };
    const progress: number[] = [];
    const result = await calibrate("office", office, {
      observed: { schemaVersion: 1, figures },
      fit: [
        { path: "office.world.demand.casesPerWeek", lo: 6, hi: 30 },
        { path: "office.world.certificates.completeShare", lo: 0.1, hi: 0.95 },
      ],
      budget: 24,
      replications: 4,
      confirmationReplications: 6,
      rootSeed: 7,
      // one thread: each candidate's 4 replications are too few to pay for starting
      // worker threads; the same search on 2 threads gives the same result (calibrate.test.ts)
      workers: 1,
      onProgress: (done, total) => progress.push(done / total),
    });
    const [cases, complete] = result.parameters;
    expect(cases!.start).toBe(12);
    expect(Math.abs(cases!.fitted - 16)).toBeLessThanOrEqual(2);
    expect(Math.abs(complete!.fitted - 0.45)).toBeLessThanOrEqual(0.12);
    // the fit is far better than the start, both settings move the loss, neither sits at a bound
    expect(result.loss).toBeLessThan(result.startLoss / 10);
    expect(result.parameters.every((p) => p.identifiable && p.atBound === null)).toBe(true);
    expect(result.evaluations).toBeLessThanOrEqual(24);
    expect(result.history.length).toBe(result.evaluations);
    // every candidate used the same replications; the confirmation used fresh ones
    expect(result.replications).toEqual([0, 1, 2, 3]);
    expect(result.confirmation.replications).toEqual([4, 5, 6, 7, 8, 9]);
    // the residual table: each figure with the model's mean and interval
    expect(result.residuals.map((r) => r.key)).toEqual(["arrived", "leadTimeDays.mean"]);
    for (const r of result.residuals) {
      expect(r.lower).toBeLessThanOrEqual(r.mean);
      expect(r.upper).toBeGreaterThanOrEqual(r.mean);
      expect(Math.abs(r.standardised)).toBeLessThan(2);
    }
    // progress rises to 1
    expect(progress.at(-1)).toBe(1);
    expect(progress.every((p, i) => i === 0 || p >= progress[i - 1]!)).toBe(true);
  }, 180_000);
});
