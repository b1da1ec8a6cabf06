/*
 * Mechanisms as paired comparisons with common random numbers: base and variant
 * see the same claims (same seed and replication indices). Each check requires
 * the mean paired difference to exceed 3 standard errors in the stated direction
 * (a one-sided t statistic ≥ 3 with 7 degrees of freedom has p < 0.01), so a
 * pass is not luck, and a broken mechanism (no effect) fails. Offices are small
 * (20 staff) and runs half a year to keep the suite quick.
 *
 * Replications: 8 by default; tests whose effect is many standard errors wide at
 * every seed shift of scripts/reseed-tests.sh run fewer (stated at each, with the
 * t kept: |t| ≥ 4 at every shift, so a broken mechanism still fails and a moved
 * default does not), and CASEFLOW_TEST_LONG=1 (`npm run test:long`) restores 8.
 */
import { describe, expect, it } from "vitest";
import { simulateOffice, type OfficeRun } from "../../src/organisation/Office";
import { officeConfig, type OfficeConfig, type OfficeInput } from "../../src/organisation/OfficeConfig";
import { standardisedUnit, teamUnit } from "../../src/organisation/UnitConfig";
import { paired } from "./helpers";
import { pinnedSeed } from "../pinnedSeed";
import { yieldToEventLoop } from "../yieldToEventLoop";

const R = { replications: 8, horizonDays: 182, warmupDays: 28 };
const LONG = process.env["CASEFLOW_TEST_LONG"] === "1";
/** R with `n` replications, or the full 8 under `npm run test:long`. */
const reps = (n: number) => ({ ...R, replications: LONG ? R.replications : n });
// everyone at work (the working year off, as these loads were chosen for): leave and absence add
// reassignments in both regimes and, at 8 claims a head, overload; they have their own tests
// (test/timeline/workingYear.test.ts)
const office = (input: OfficeInput, casesPerWeek = 160) =>
  officeConfig({ workingYear: { enabled: false }, ...input, world: { ...(input.world ?? {}), demand: { casesPerWeek, ...(input.world?.demand ?? {}) } } });

describe("mechanisms", () => {
  it("escalating misfits (one more handover and one more queue each) brings more failure demand and longer lead times", async () => {
    // this compares two structures; the cost of a handover itself is tested below, on one structure
    const world = { caseMix: { variety: 1.5 } };
    const few = office({ world, units: [standardisedUnit({ handlers: 20, escalateShare: 0 })] });
    const many = office({ world, units: [standardisedUnit({ handlers: 20, escalateShare: 1 })] });
    // 6 replications (both metrics read from the same runs): with 8, t 13.8–31.1 (failure demand) and
    // 10.7–53.7 (lead time) at seed shifts 0–5, so about 9 and 8 at the smallest with 6
    const fd = await paired(few, many, (m) => m.contactsPerCase * m.failureDemandShare, reps(6));
    const lead = await paired(few, many, (m) => m.leadTimeDays.mean, reps(6));
    expect(fd.t, JSON.stringify(fd)).toBeGreaterThan(3);
    expect(lead.t, JSON.stringify(lead)).toBeGreaterThan(3);
  });

  it("higher certificate completeness shortens lead time", async () => {
    const units = [teamUnit({ handlers: 20 })];
    const low = office({ world: { certificates: { completeShare: 0.7 } }, units });
    const high = office({ world: { certificates: { completeShare: 0.97 } }, units });
    // 5 replications (4 degrees of freedom: t ≥ 3 has p < 0.02): with 8, t −29 to −60 at seed
    // shifts 0–5, so beyond −20 with 5
    const r = await paired(low, high, (m) => m.leadTimeDays.mean, reps(5));
    expect(r.t, JSON.stringify(r)).toBeLessThan(-3);
  });

  it("lead time grows sharply as utilisation approaches 1", async () => {
    // Queueing convexity alone. Management's capacity responses are not the mechanism under test and
    // flatten the curve on purpose, so they are switched off: no overtime, no borrowing (and a team
    // unit has no pools, so no staff moves; a standardised unit with its moves off saturates at
    // whichever fixed pool happens to be short, which makes the lower step erratic between seeds).
    // 20 staff at 105 → 125 → 145 claims a week (equal steps towards saturation). Per
    // replication (common random numbers) the second difference (L145 − L125) − (L125 − L105) must be
    // positive beyond 3 SE (paired t, 7 degrees of freedom; linear growth gives 0), and the upper
    // step itself beyond 3 SE. Measured at seed 11: lower step +0.70 d, upper +2.09 d, second
    // difference +1.39 d, SE 0.18, t 7.5 (t 4.7–11 at seed shifts 1–5).
    const units = [teamUnit({ handlers: 20, overtimeHoursPerWeek: 0, borrowShare: 0 })];
    const lead = (cpw: number, r: number) =>
      simulateOffice(office({ units }, cpw), { seed: pinnedSeed(11), replication: r, horizonDays: R.horizonDays, warmupDays: R.warmupDays }).metrics
        .leadTimeDays.mean;
    const lo: number[] = [];
    const hi: number[] = [];
    for (let r = 0; r < R.replications; r++) {
      const [a, b, c] = [lead(105, r), lead(125, r), lead(145, r)];
      lo.push(b - a);
      hi.push(c - b);
      await yieldToEventLoop();
    }
    const stat = (d: number[]) => {
      const mean = d.reduce((s, x) => s + x, 0) / d.length;
      const se = Math.sqrt(d.reduce((s, x) => s + (x - mean) ** 2, 0) / (d.length - 1) / d.length);
      return { diff: mean, se, t: mean / se };
    };
    const [l, h, second] = [stat(lo), stat(hi), stat(hi.map((x, i) => x - lo[i]!))];
    console.log(
      `lead time steps 105→125 ${l.diff.toFixed(2)} d, 125→145 ${h.diff.toFixed(2)} d; second difference ${second.diff.toFixed(2)} (SE ${second.se.toFixed(2)}, t ${second.t.toFixed(1)})`,
    );
    const why = JSON.stringify({ l, h, second });
    expect(second.t, why).toBeGreaterThan(3);
    expect(h.t, why).toBeGreaterThan(3);
  });

  it("with zero variety and fitting templates, the standardised regime's hours per decision are set by specialisation against handover costs", async () => {
    // Zero variety: no misfits, so no escalations; what separates the regimes is the specialists'
    // speed-up at their own step against the re-reading and switching at every handover. With the
    // speed-up (0.3) the standardised regime needs fewer hours per decision than teams; without it
    // (0) more. Both beyond 3 SE, so the comparison is decided by the mechanisms and not by noise.
    const world = { caseMix: { variety: 0 } };
    const teams = office({ world, units: [teamUnit({ handlers: 20, transitionDip: 0 })] });
    const hoursPerDecision = (m: { hoursPerCorrectDecision: number; decisionAccuracy: number }) => m.hoursPerCorrectDecision * m.decisionAccuracy;
    const fast = await paired(
      teams,
      office({ world, units: [standardisedUnit({ handlers: 20, specialisationGain: 0.3, rereadHours: 0.1 })] }),
      hoursPerDecision,
      R,
    );
    const plain = await paired(
      teams,
      office({ world, units: [standardisedUnit({ handlers: 20, specialisationGain: 0, rereadHours: 0.1 })] }),
      hoursPerDecision,
      R,
    );
    console.log(
      `zero variety, standardised − teams hours per decision: gain 0.3 ${fast.diff.toFixed(3)} (t ${fast.t.toFixed(1)}), gain 0 ${plain.diff.toFixed(3)} (t ${plain.t.toFixed(1)})`,
    );
    expect(fast.t, JSON.stringify(fast)).toBeLessThan(-3);
    expect(plain.t, JSON.stringify(plain)).toBeGreaterThan(3);
  });

  it("templates that give complex claims too little effort lower decision accuracy", async () => {
    // demand is kept low so that neither office is overloaded (overload cuts effort too)
    const world = { caseMix: { variety: 2 } };
    const roomy = office({ world, units: [standardisedUnit({ handlers: 20, templateFit: 1.2, escalateShare: 0 })] }, 120);
    const tight = office({ world, units: [standardisedUnit({ handlers: 20, templateFit: 0.4, escalateShare: 0 })] }, 120);
    // complex claims are ~10% of decisions, so this needs more replications than the others
    const r = await paired(roomy, tight, (m) => m.accuracyByComplexity.complex, { ...R, replications: 12 });
    expect(r.t, JSON.stringify(r)).toBeLessThan(-3);
  });

  describe("handover cost in isolation (one structure: a standardised unit, escalations off)", () => {
    // Only the handover parameters differ between base and variant. Contacts of one reason per
    // claim are read from the run's contact counts. 5 replications (4 degrees of freedom: t ≥ 3
    // has p < 0.02): with 8 the three effects were t 66–210 at seed shifts 0–5, so beyond 45 with 5.
    const HANDOVER_REPLICATIONS = reps(5).replications;
    const unit = (o: { rereadHours?: number; handoffLossShare?: number }) =>
      standardisedUnit({ handlers: 20, escalateShare: 0, rereadHours: 0.1, handoffLossShare: 0.05, ...o });
    const contacts = (reason: string) => (run: OfficeRun) => (run.contactsByReason[reason as keyof OfficeRun["contactsByReason"]] ?? 0) / run.metrics.arrived;
    const pairedRuns = async (base: OfficeConfig, variant: OfficeConfig, metric: (r: OfficeRun) => number) => {
      const d: number[] = [];
      for (let r = 0; r < HANDOVER_REPLICATIONS; r++) {
        const o = { seed: pinnedSeed(11), replication: r, horizonDays: R.horizonDays, warmupDays: R.warmupDays };
        d.push(metric(simulateOffice(variant, o)) - metric(simulateOffice(base, o)));
        await yieldToEventLoop();
      }
      const mean = d.reduce((a, x) => a + x, 0) / d.length;
      const se = Math.sqrt(d.reduce((a, x) => a + (x - mean) ** 2, 0) / (d.length - 1) / d.length);
      console.log(`paired over ${d.length} replications: variant − base ${mean.toPrecision(3)} (SE ${se.toPrecision(2)}, t ${(mean / se).toFixed(2)})`);
      return { diff: mean, se, t: mean / se };
    };

    it("longer re-reading raises the handover share of staff time", async () => {
      const p = await pairedRuns(
        office({ units: [unit({ rereadHours: 0.1 })] }, 120),
        office({ units: [unit({ rereadHours: 0.4 })] }, 120),
        (r) => r.metrics.timeShare.handoffs,
      );
      expect(p.t, JSON.stringify(p)).toBeGreaterThan(3);
    });

    it("details lost at handovers bring 'asked again' contacts", async () => {
      const world = { citizens: { reaskShareOfLost: 0.5 } };
      const p = await pairedRuns(
        office({ world, units: [unit({ handoffLossShare: 0 })] }, 120),
        office({ world, units: [unit({ handoffLossShare: 0.2 })] }, 120),
        contacts("asked-again"),
      );
      expect(p.t, JSON.stringify(p)).toBeGreaterThan(3);
    });

    it("a share of handovers makes citizens ask who has their case", async () => {
      const p = await pairedRuns(
        office({ world: { citizens: { handoffContactShare: 0 } }, units: [unit({})] }, 120),
        office({ world: { citizens: { handoffContactShare: 0.1 } }, units: [unit({})] }, 120),
        contacts("who-has-my-case"),
      );
      expect(p.t, JSON.stringify(p)).toBeGreaterThan(3);
    });
  });
});
