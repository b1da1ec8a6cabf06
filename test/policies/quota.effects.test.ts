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
import { meanOf, paired, pressureAt, runArm, show } from "./helpers";

const SEED = 2026;
const R = 6;
const QUOTA = 12;

/**
 * Pressure arises: the weekly pressure is a convex function of the measured
 * figure, so by Jensen's inequality its mean over the window is at least the
 * pressure at the window's mean measured figure.
 */
function expectDecisionQuotaBites(runs: OfficeMetrics[], policy: Policy): void {
  const measured = meanOf(runs, (m) => m.measured.decisionsPerHandlerWeek.measured);
  expect(measured).toBeLessThan(QUOTA);
  expect(pressureAt(policy, { decisionsPerHandlerWeek: measured })).toBeGreaterThan(0.15);
}

const complexP90 = (m: OfficeMetrics): number => m.leadTimeDays.byComplexity.complex.p90;
const accuracy = (m: OfficeMetrics): number => m.decisionAccuracy;

describe("a decision-count quota", () => {
  it("with room to select lengthens the p90 lead time of complex claims (team regime)", () => {
    // only the selection response is on, so the comparison isolates room to select
    const quota = (room: boolean): Policy => productionTarget({ perHandlerWeek: QUOTA, selectEasy: 1, roomToSelect: room, compress: 0, earlyDecision: 0 });
    const base = runArm("team", () => [quota(false)], SEED, R);
    const variant = runArm("team", () => [quota(true)], SEED, R);
    expectDecisionQuotaBites(variant, quota(true));
    const p = paired(base, variant, complexP90);
    expect(p.diff.lower, show(p)).toBeGreaterThan(0);
  });

  it("with effort compression lowers decision accuracy (standardised regime)", () => {
    // same quota and pressure in both arms; only the compression response differs
    const quota = (compress: number): Policy => productionTarget({ perHandlerWeek: QUOTA, selectEasy: 0, compress, earlyDecision: 0 });
    const base = runArm("standardised", () => [quota(0)], SEED, R);
    const variant = runArm("standardised", () => [quota(1)], SEED, R);
    expectDecisionQuotaBites(variant, quota(1));
    const p = paired(base, variant, accuracy);
    expect(p.diff.upper, show(p)).toBeLessThan(0);
  });
});
