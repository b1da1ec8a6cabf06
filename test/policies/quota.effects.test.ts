/*
 * What a production target does, measured with common random numbers: each
 * comparison runs base and variant on the same replications (same seed and
 * indices, so the same claims arrive) and looks at the paired differences.
 *
 * Tolerance, unless a test says otherwise: with R = 6 pairs the 95% Student-t
 * interval of the mean paired difference is mean ± 2.57 SE; an effect is
 * established when the whole interval lies on the expected side of zero. The
 * effects tested here are 4–15 SE in exploratory runs, so R = 6 is enough and
 * keeps each test to a few seconds.
 *
 * The quota is 12 decisions per handler-week; the office (20 staff, 170 claims
 * a week) reaches about 9, so the quota is never met and pressure persists.
 */
import { describe, expect, it } from "vitest";
import { productionTarget } from "../../src/index";
import type { OfficeMetrics, Policy } from "../../src/index";
import { meanOf, paired, pressureProbe, runArm, show } from "./helpers";
import { pinnedSeed } from "../pinnedSeed";

const SEED = pinnedSeed(2026);
const R = 6;
const QUOTA = 12;

/**
 * Pressure arises: the quota is not met, and the unit's weekly pressure after the warm-up, read
 * from the run by a probe policy (not recomputed with the policy's formula), averages above 0.15.
 */
function expectDecisionQuotaBites(runs: OfficeMetrics[], pressure: number[]): void {
  const measured = meanOf(runs, (m) => m.measured.decisionsPerHandlerWeek.measured);
  expect(measured).toBeLessThan(QUOTA);
  expect(pressure.length).toBeGreaterThan(R * 15);
  expect(pressure.reduce((a, b) => a + b, 0) / pressure.length).toBeGreaterThan(0.15);
}
/** Weekly pressures after the default 56-day warm-up, filled by the probe in the variant's runs. */
const probed = (sink: number[]): Policy => pressureProbe(sink, 56);

const complexP90 = (m: OfficeMetrics): number => m.leadTimeDays.byComplexity.complex.p90;
const accuracy = (m: OfficeMetrics): number => m.decisionAccuracy;

describe("a decision-count quota", () => {
  it("with room to select lengthens the p90 lead time of complex claims (team regime)", async () => {
    // only the selection response is on, so the comparison isolates room to select
    const quota = (room: boolean): Policy => productionTarget({ perHandlerWeek: QUOTA, selectEasy: 1, roomToSelect: room, compress: 0, earlyDecision: 0 });
    const base = await runArm("team", () => [quota(false)], SEED, R);
    const pressure: number[] = [];
    const variant = await runArm("team", () => [quota(true), probed(pressure)], SEED, R);
    expectDecisionQuotaBites(variant, pressure);
    const p = paired(base, variant, complexP90);
    expect(p.diff.lower, show(p)).toBeGreaterThan(0);
  });

  it("with effort compression lowers decision accuracy (standardised regime)", async () => {
    // same quota and pressure in both arms; only the compression response differs
    const quota = (compress: number): Policy => productionTarget({ perHandlerWeek: QUOTA, selectEasy: 0, compress, earlyDecision: 0 });
    const base = await runArm("standardised", () => [quota(0)], SEED, R);
    const pressure: number[] = [];
    const variant = await runArm("standardised", () => [quota(1), probed(pressure)], SEED, R);
    expectDecisionQuotaBites(variant, pressure);
    const p = paired(base, variant, accuracy);
    expect(p.diff.upper, show(p)).toBeLessThan(0);
  });
});
