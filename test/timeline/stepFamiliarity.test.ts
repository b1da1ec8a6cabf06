/*
 * Specialists who become owners at a switch to teams are slower, for a while, on
 * the steps of the pools they were not in (src/organisation/StepFamiliarity.ts):
 * the rule itself, and that a switch on the timeline remembers each person's pool.
 */
import { describe, expect, it } from "vitest";
import { Handler } from "../../src/casework/Handler";
import { Office } from "../../src/organisation/Office";
import { officeConfig } from "../../src/organisation/OfficeConfig";
import { POOLS } from "../../src/organisation/StandardisedUnit";
import { rememberPool, stepFamiliarity } from "../../src/organisation/StepFamiliarity";
import { standardisedUnit, teamUnit } from "../../src/organisation/UnitConfig";

describe("step familiarity after a switch to teams", () => {
  it("is 1 + slowdown on another pool's step at the switch, fades linearly over the weeks, and is 1 on one's own step and on calls", () => {
    const h = new Handler(0, 0.8, 1, 0, 0.2);
    expect(stepFamiliarity(h, "assess", 10)).toBe(1); // never in a pool: familiar with every step
    rememberPool(h, POOLS.indexOf("register"), { unfamiliarSlowdown: 0.3, familiarisationWeeks: 4 }, 10);
    expect(stepFamiliarity(h, "assess", 10)).toBeCloseTo(1.3, 12);
    expect(stepFamiliarity(h, "assess", 10 + 14)).toBeCloseTo(1.15, 12);
    expect(stepFamiliarity(h, "assess", 10 + 28)).toBe(1);
    expect(stepFamiliarity(h, "register", 10)).toBe(1);
    expect(stepFamiliarity(h, "contact", 10)).toBe(1);
  });

  it("is remembered for every person of a standardised unit that switches to teams", () => {
    const switchDay = 30;
    const cfg = officeConfig({
      units: [standardisedUnit({ handlers: 14 })],
      world: { demand: { casesPerWeek: 40 }, people: { baseTurnoverPerYear: 0 } },
      timeline: [{ change: "regime", at: switchDay, unit: 0, to: teamUnit({}) }],
      // everyone at work: someone away on the day of the switch is not remembered (model card), and this
      // test follows all 14 people
      workingYear: { enabled: false },
    });
    const office = new Office(cfg, { seed: 5, horizonDays: switchDay + 1 });
    office.run();
    const people = office.units[0]!.slots.map((s) => s.handler).filter((h): h is Handler => h !== null);
    expect(people.length).toBe(14);
    // each person is slow on the decision step unless they came from the decision pool
    const decidePool = POOLS.indexOf("decide");
    const slow = people.filter((h) => stepFamiliarity(h, "decide", switchDay) > 1).length;
    // the pools as they were at the switch (the replaced unit's positions keep them)
    const fromDecide = office.retired[0]!.slots.filter((s) => s.group === decidePool).length;
    expect(fromDecide).toBeGreaterThan(0);
    expect(slow).toBe(14 - fromDecide);
    for (const h of people) expect(stepFamiliarity(h, "decide", switchDay + 28)).toBe(1);
  });
});
