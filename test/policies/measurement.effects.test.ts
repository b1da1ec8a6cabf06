/*
 * What measurement and review do, measured with common random numbers: base and
 * variant run on the same replications and are compared pair by pair.
 *
 * Tolerance: an effect is established when the mean paired difference lies
 * beyond 3 standard errors on the expected side of zero (one-sided t ≥ 3; with
 * R = 6 pairs, 5 degrees of freedom, p < 0.02; the whole 95% interval, ±2.57 SE,
 * is then on that side too). The call-answer target runs R_CALLS = 8 pairs in a
 * busy but stable office (see its test) and states its t.
 */
import { describe, expect, it } from "vitest";
import { measurementRegime, noPolicy, qualityReview } from "../../src/index";
import { meanOf, paired, runArm, show, tOf } from "./helpers";
import { pinnedSeed } from "../pinnedSeed";

const SEED = pinnedSeed(2026);
const R = 6;
const R_CALLS = 8;
/**
 * The call-answer target's office: 20 staff at 120 claims a week (utilisation about 0.75, the
 * load per head of the calibrated office, 250 a week for 40). In the helpers' default 170 a week
 * the office is overloaded (utilisation 0.95, lead time ~32 days, failure demand already 0.84):
 * the target cuts 90% of calls, but the repeat calls it causes are lost among the chasing of an
 * overloaded office (paired difference +0.008, 95% CI [−0.008, 0.024], t 1.1 with 10 pairs at
 * seed shift 4), so the mechanism is not identifiable there. See docs/testing.md.
 */
const CALL_OFFICE = { casesPerWeek: 120 };

describe("measurement", () => {
  it("a call-answer-time target raises the failure-demand share and contacts per claim (standardised regime)", async () => {
    // The target only bites where calls wait: in the standardised regime the customer centre
    // queues calls; team owners answer at once (measured ≈ 0 s). In CALL_OFFICE the base's calls
    // wait about 230–420 s, so a 120 s target binds in about half the weeks (the cut shortens the
    // queue until the measured time is back under the target). Measured with 6 pairs at seed
    // shifts 0–5: failure-demand share +0.021 to +0.036, t 5.0–11.9; contacts per claim
    // +0.15 to +0.27, t 4.4–8.6. With R_CALLS = 8: t 6.1–14.2 and 4.8–11.6 at the six shifts.
    const base = await runArm("standardised", () => [measurementRegime({ level: "none" })], SEED, R_CALLS, CALL_OFFICE);
    const variant = await runArm("standardised", () => [measurementRegime({ level: "none", callTargetSeconds: 120 })], SEED, R_CALLS, CALL_OFFICE);
    // calls wait longer than the target in the base (which does not measure them: level
    // "none"), so once they are measured against the target they are cut short
    expect(meanOf(base, (m) => m.measured.callAnswerSeconds.true)).toBeGreaterThan(120);
    expect(meanOf(base, (m) => m.measured.callAnswerSeconds.measured)).toBeNaN();
    const p = paired(base, variant, (m) => m.failureDemandShare);
    const repeats = paired(base, variant, (m) => m.contactsPerCase);
    console.log(
      `call-answer target: failure-demand share t = ${tOf(p).toFixed(2)}, contacts per claim t = ${tOf(repeats).toFixed(2)} (R = ${R_CALLS}; ${show(p)})`,
    );
    expect(tOf(p), show(p)).toBeGreaterThan(3);
    expect(tOf(repeats), show(repeats)).toBeGreaterThan(3);
  });

  it("heavier measurement lowers the value-work share of time (team regime)", async () => {
    const base = await runArm("team", () => [measurementRegime({ level: "light" })], SEED, R);
    const variant = await runArm("team", () => [measurementRegime({ level: "heavy" })], SEED, R);
    const v = paired(base, variant, (m) => m.timeShare.value);
    expect(tOf(v), show(v)).toBeLessThan(-3);
    const m = paired(base, variant, (x) => x.timeShare.measurement);
    expect(tOf(m), show(m)).toBeGreaterThan(3);
  });
});

describe("quality review", () => {
  it("raises decision accuracy by correction alone (calibration 0) and costs hours (measurement share up) (team regime)", async () => {
    // calibration 0: the review's feedback does not narrow leanings, so any gain in accuracy comes
    // from wrong decisions caught and flipped (the mechanism "review raises accuracy" names). At the
    // default sample (10%, 70% caught) the gain is share × catch × error rate ≈ 0.1 × 0.7 × 5% ≈ 0.35
    // points, about 2.4 SE at R = 6; half the decisions reviewed, 90% of errors caught, makes it
    // ≈ 2.3 points.
    const base = await runArm("team", () => [noPolicy()], SEED, R);
    const variant = await runArm("team", () => [qualityReview({ share: 0.5, catchShare: 0.9, calibration: 0 })], SEED, R);
    const acc = paired(base, variant, (m) => m.decisionAccuracy);
    console.log(`review by correction alone: accuracy t = ${tOf(acc).toFixed(2)} (${show(acc)})`);
    expect(tOf(acc), show(acc)).toBeGreaterThan(3);
    const cost = paired(base, variant, (m) => m.timeShare.measurement);
    expect(tOf(cost), show(cost)).toBeGreaterThan(3);
    // review hours are 0.5 h on half the decisions: about 0.25 h per decision on ~9 decisions per
    // handler-week of ~35 h, i.e. about 6% of time; accept 3–12% (learning and stress move it)
    console.log(`review cost: measurement share +${cost.diff.mean.toFixed(4)}`);
    expect(cost.diff.mean).toBeGreaterThan(0.03);
    expect(cost.diff.mean).toBeLessThan(0.12);
  });

  it("calibration alone (a reviewer who catches nothing) makes decisions more uniform (team regime)", async () => {
    const base = await runArm("team", () => [qualityReview({ catchShare: 0, calibration: 0 })], SEED, R);
    const variant = await runArm("team", () => [qualityReview({ catchShare: 0, calibration: 0.5 })], SEED, R);
    const u = paired(base, variant, (m) => m.uniformity);
    console.log(`review by calibration alone: uniformity t = ${tOf(u).toFixed(2)} (${show(u)})`);
    expect(tOf(u), show(u)).toBeGreaterThan(3);
  });
});
