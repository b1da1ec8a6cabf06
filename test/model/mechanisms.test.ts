/*
 * Mechanisms as paired comparisons with common random numbers: base and variant
 * see the same claims (same seed and replication indices). Each check requires
 * the mean paired difference to exceed 3 standard errors in the stated direction
 * (a one-sided t statistic ≥ 3 with 7 degrees of freedom has p < 0.01), so a
 * pass is not luck, and a broken mechanism (no effect) fails. Offices are small
 * (20 staff) and runs half a year to keep the suite quick.
 */
import { describe, expect, it } from "vitest";
import { officeConfig, type OfficeInput } from "../../src/organisation/OfficeConfig";
import { standardisedUnit, teamUnit } from "../../src/organisation/UnitConfig";
import { paired } from "./helpers";

const R = { replications: 8, horizonDays: 182, warmupDays: 28 };
const office = (input: OfficeInput, casesPerWeek = 160) =>
  officeConfig({ ...input, world: { ...(input.world ?? {}), demand: { casesPerWeek, ...(input.world?.demand ?? {}) } } });

describe("mechanisms", () => {
  it("more handovers bring more failure demand and longer lead times", () => {
    // escalating misfits means one more handover (and one more queue) per escalation
    const world = { caseMix: { variety: 1.5 } };
    const few = office({ world, units: [standardisedUnit({ handlers: 20, escalateShare: 0 })] });
    const many = office({ world, units: [standardisedUnit({ handlers: 20, escalateShare: 1 })] });
    const fd = paired(few, many, (m) => m.contactsPerCase * m.failureDemandShare, R);
    const lead = paired(few, many, (m) => m.leadTimeDays.mean, R);
    expect(fd.t, JSON.stringify(fd)).toBeGreaterThan(3);
    expect(lead.t, JSON.stringify(lead)).toBeGreaterThan(3);
  });

  it("higher certificate completeness shortens lead time", () => {
    const units = [teamUnit({ handlers: 20 })];
    const low = office({ world: { certificates: { completeShare: 0.7 } }, units });
    const high = office({ world: { certificates: { completeShare: 0.97 } }, units });
    const r = paired(low, high, (m) => m.leadTimeDays.mean, R);
    expect(r.t, JSON.stringify(r)).toBeLessThan(-3);
  });

  it("lead time grows sharply as utilisation approaches 1", () => {
    const units = [standardisedUnit({ handlers: 20 })];
    const at = (cpw: number) => office({ units }, cpw);
    const lo = paired(at(110), at(145), (m) => m.leadTimeDays.mean, R);
    const hi = paired(at(145), at(180), (m) => m.leadTimeDays.mean, R);
    // the same step in demand costs far more near saturation (convexity)
    expect(hi.diff, JSON.stringify({ lo, hi })).toBeGreaterThan(2 * lo.diff);
    expect(hi.t).toBeGreaterThan(3);
  });

  it("with zero variety and fitting templates, the standardised regime decides at least as many claims per staff hour as teams", () => {
    const world = { caseMix: { variety: 0 } };
    const teams = office({ world, units: [teamUnit({ handlers: 20, transitionDip: 0 })] });
    const std = office({ world, units: [standardisedUnit({ handlers: 20 })] });
    // hours per decision = busy hours / decisions = hoursPerCorrectDecision × accuracy
    const r = paired(teams, std, (m) => m.hoursPerCorrectDecision * m.decisionAccuracy, R);
    expect(r.diff, JSON.stringify(r)).toBeLessThanOrEqual(0);
  });

  it("templates that give complex claims too little effort lower decision accuracy", () => {
    // demand is kept low so that neither office is overloaded (overload cuts effort too)
    const world = { caseMix: { variety: 2 } };
    const roomy = office({ world, units: [standardisedUnit({ handlers: 20, templateFit: 1.2, escalateShare: 0 })] }, 120);
    const tight = office({ world, units: [standardisedUnit({ handlers: 20, templateFit: 0.4, escalateShare: 0 })] }, 120);
    // complex claims are ~10% of decisions, so this needs more replications than the others
    const r = paired(roomy, tight, (m) => m.accuracyByComplexity.complex, { ...R, replications: 12 });
    expect(r.t, JSON.stringify(r)).toBeLessThan(-3);
  });
});
