/*
 * Invariants that must hold on every run, checked on both regimes and a mixed
 * office with the default world over a quarter.
 */
import { describe, expect, it } from "vitest";
import { simulateOffice } from "../../src/organisation/Office";
import { officeConfig } from "../../src/organisation/OfficeConfig";
import { standardisedUnit, teamUnit } from "../../src/organisation/UnitConfig";
import { officeInvariants } from "./officeInvariants";

const offices = {
  standardised: officeConfig({ world: { demand: { casesPerWeek: 170 } }, units: [standardisedUnit({ handlers: 20 })] }),
  teams: officeConfig({ world: { demand: { casesPerWeek: 170 } }, units: [teamUnit({ handlers: 20 })] }),
  torsby: officeConfig({ world: { demand: { casesPerWeek: 170 } }, units: [teamUnit({ handlers: 20, specialise: true })] }),
  mixed: officeConfig({
    world: { demand: { casesPerWeek: 170 } },
    units: [standardisedUnit({ handlers: 14, caseShare: 0.7 }), teamUnit({ name: "trust team", handlers: 6, caseShare: 0.3 })],
  }),
  overloaded: officeConfig({ world: { demand: { casesPerWeek: 400 } }, units: [standardisedUnit({ handlers: 20 })] }),
};

describe.each(Object.entries(offices))("%s office", (_name, cfg) => officeInvariants(cfg));

describe("stability flag", () => {
  // A normal office has clear spare capacity: 20 staff for 120 claims a week (the same office takes
  // 170 a week at utilisation near 1, where some seeds run away; that is not "normal"). The overloaded
  // one gets 400 claims a week, more than twice what it can decide. Checked on six seeds each, since
  // a property that holds at one pinned seed only is not a property.
  // (everyone at work, as the level was set for: with the working year on, the default since issue 11
  // item 3, 120 a week is above the calibrated 5.25 a head and seed 77 was flagged at utilisation 0.83)
  const normal = officeConfig({ world: { demand: { casesPerWeek: 120 } }, units: [standardisedUnit({ handlers: 20 })], workingYear: { enabled: false } });
  const SEEDS = [5, 11, 23, 42, 77, 2026];

  it.each(SEEDS)("an overloaded office is reported unstable and a normal one is not (seed %i)", (seed) => {
    expect(simulateOffice(offices.overloaded, { seed, horizonDays: 182, warmupDays: 14 }).metrics.unstable).toBe(1);
    const m = simulateOffice(normal, { seed, horizonDays: 182, warmupDays: 14 }).metrics;
    expect(m.unstable, `utilisation ${m.utilisation}`).toBe(0);
    expect(m.utilisation).toBeLessThan(0.9);
  });
});
