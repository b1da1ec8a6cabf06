/*
 * The counter-case of the production target, measured with common random
 * numbers (base and variant on the same replications, compared pair by pair):
 * a target on a figure that cannot be gamed, with no room to select, need not
 * cause dysfunction.
 */
import { describe, expect, it } from "vitest";
import { productionTarget, qualityReview } from "../../src/index";
import type { OfficeMetrics, Policy } from "../../src/index";
import { meanOf, paired, pressureProbe, runArm, show, tOf, type TestOffice } from "./helpers";
import { pinnedSeed } from "../pinnedSeed";

const SEED = pinnedSeed(2026);
const R = 6;
const QUOTA = 12;
const complexP90 = (m: OfficeMetrics): number => m.leadTimeDays.byComplexity.complex.p90;
const accuracy = (m: OfficeMetrics): number => m.decisionAccuracy;

/*
 * The counter-case: a target on audited accuracy (a random review sample judged
 * against the truth), with no room to select, next to the same quality review
 * without the target.
 *
 * The office (OFFICE): 20 staff at 120 claims a week, busy but stable in the
 * recalibrated model (utilisation about 0.74 standardised, 0.84 teams; the
 * helpers' default 170 a week is now far beyond 20 staff's capacity), with the
 * handlers' reading noise at 1 (judgement.noise, default 0.25). With the default
 * noise the recalibrated office decides 98.5–99.3% right, so a 0.99 target is
 * met or missed by a hair and the weekly sample of about 12 reviews is mostly
 * all right: the target does not bite. At noise 1 the office decides about
 * 0.92–0.94 right (0.88–0.92 audited), 0.99 is above what it achieves, and
 * strength 5 makes the pressure comparable to or above the decision quota's
 * (measured at seed 2026: 0.38 teams, 0.55 standardised).
 *
 * Tolerance: "no harm" means the mean paired accuracy difference is above
 * −0.003 (0.3 percentage points) and the mean paired increase of the complex
 * claims' p90 lead time is below 10% of the base. The gaming quota costs about
 * 10 points of accuracy in this office (t about −50), so 0.3 points separates
 * the two; the p90 of complex claims varies by about 10% between replications.
 * The directional checks (stress rises, the quota lowers accuracy) are paired t
 * beyond 3 (5 degrees of freedom).
 */
const ACCURACY_TOLERANCE = 0.003;
const P90_TOLERANCE = 0.1;
const ungameable = (): Policy => productionTarget({ figure: "auditedAccuracy", auditedAccuracyAtLeast: 0.99, strength: 5, roomToSelect: false });

/** Both arms, and the weekly pressure the variant's unit ran under after the warm-up (read from the run). */
interface CounterCase {
  base: OfficeMetrics[];
  variant: OfficeMetrics[];
  pressure: number[];
}

/** The office of every arm: see the note above. */
const OFFICE: TestOffice = { casesPerWeek: 120, world: { judgement: { noise: 1 } } };

async function counterCase(regime: "standardised" | "team", office: TestOffice = OFFICE): Promise<CounterCase> {
  const pressure: number[] = [];
  return {
    base: await runArm(regime, () => [qualityReview()], SEED, R, office),
    variant: await runArm(regime, () => [qualityReview(), ungameable(), pressureProbe(pressure, office.warmupDays ?? 56)], SEED, R, office),
    pressure,
  };
}

/**
 * The target bites: audited accuracy stays below it, and the unit ran under pressure — read from
 * the run itself (a probe policy), not recomputed with the policy's formula, so "no harm" below
 * is shown with pressure present. Mean weekly pressure after the warm-up above 0.1, and above 0
 * in at least half the weeks (measured at seed 2026: mean 0.38 teams, 0.55 standardised, above 0
 * in 61% and 76% of the unit-weeks; in the others the small weekly review sample happened to
 * meet the target).
 */
function expectAccuracyTargetBites(arms: CounterCase): void {
  const audited = meanOf(arms.variant, (m) => m.measured.decisionAccuracy.measured);
  expect(audited).toBeLessThan(0.97);
  const weeks = arms.pressure.length;
  expect(weeks).toBeGreaterThan(R * 15);
  const mean = arms.pressure.reduce((a, b) => a + b, 0) / weeks;
  console.log(`counter-case: mean weekly pressure ${mean.toFixed(3)} over ${weeks} unit-weeks`);
  expect(mean).toBeGreaterThan(0.1);
  expect(arms.pressure.filter((p) => p > 0).length).toBeGreaterThanOrEqual(0.5 * weeks);
}

describe("counter-case: a target on a figure that cannot be gamed, no room to select (standardised regime)", () => {
  // both arms run once for the three tests below
  let arms: Promise<CounterCase> | null = null;
  const get = (): Promise<CounterCase> => (arms ??= counterCase("standardised"));

  it("creates pressure (the target is not met; staff stress rises)", async () => {
    const { base, variant } = await get();
    expectAccuracyTargetBites(await get());
    const s = paired(base, variant, (m) => m.stressMean);
    // measured at seed 2026: +0.20, t 8.3
    expect(tOf(s), show(s)).toBeGreaterThan(3);
  });

  it("does not lengthen complex claims' p90 lead time beyond the tolerance", async () => {
    const { base, variant } = await get();
    const p = paired(base, variant, complexP90);
    expect(p.diff.mean, show(p)).toBeLessThan(P90_TOLERANCE * p.base);
  });

  // Pressure reaches decisions only through the policy's responses (none here: the
  // figure cannot be gamed and there is no room to select), so accuracy holds.
  it("does not lower decision accuracy beyond the tolerance", async () => {
    const { base, variant } = await get();
    const p = paired(base, variant, accuracy);
    expect(p.diff.mean, show(p)).toBeGreaterThan(-ACCURACY_TOLERANCE);
  });
});

describe("counter-case with pressure's direct channels off (judgement.pressureWeight = 0, people.pressureStress = 0; team regime)", () => {
  const neutral: TestOffice = { ...OFFICE, world: { judgement: { noise: 1, pressureWeight: 0 }, people: { pressureStress: 0 } } };

  it("the ungameable target does no harm; the gameable quota still lowers accuracy", async () => {
    const arms = await counterCase("team", neutral);
    const { base, variant } = arms;
    expectAccuracyTargetBites(arms);
    const acc = paired(base, variant, accuracy);
    expect(acc.diff.mean, show(acc)).toBeGreaterThan(-ACCURACY_TOLERANCE);
    const p90 = paired(base, variant, complexP90);
    expect(p90.diff.mean, show(p90)).toBeLessThan(P90_TOLERANCE * p90.base);
    // the tolerance separates: a decision quota of the same kind of strength, whose handlers compress
    // effort and decide early (still no room to select), harms beyond it in the same world
    const gamed = await runArm(
      "team",
      () => [qualityReview(), productionTarget({ perHandlerWeek: QUOTA, roomToSelect: false, compress: 1, earlyDecision: 0.5 })],
      SEED,
      R,
      neutral,
    );
    const g = paired(base, gamed, accuracy);
    // measured at seed 2026: −0.107, t −54
    expect(g.diff.mean, show(g)).toBeLessThan(-ACCURACY_TOLERANCE);
    expect(tOf(g), show(g)).toBeLessThan(-3);
  });
});
