/*
 * Fuzzed timelines: the generated valid scenarios of the reliability suite with
 * random dated changes added (switches both ways, policy changes, staffing,
 * surges and dips, upstream quality, office hours), half of them with a working
 * year (people away on leave, sick or on parental leave). Each must validate, run,
 * satisfy every invariant of an office run, and give the identical run again
 * for the same seed.
 */
import fc from "fast-check";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { defineScenario } from "../../src/models/office/defineScenario";
import { officeFromScenario } from "../../src/models/office/officeModel";
import type { OfficeScenarioInput } from "../../src/models/office/officeScenarioSchema";
import { simulateOffice } from "../../src/organisation/Office";
import { checkOfficeRun } from "../reliability/checkOfficeRun";
import { knownRegimes } from "../../src/organisation/regimes/regimeRegistry";
import { minStaff, policySpec, scenarioArbitrary } from "../reliability/scenarioArbitrary";

type Json = Record<string, unknown>;

/** Random valid changes for `file` (its units and horizon). */
function timelineFor(file: Json): fc.Arbitrary<Json[]> {
  const office = file["office"] as { units: Json[] };
  const horizon = ((file["run"] as Json | undefined)?.["horizonDays"] as number | undefined) ?? 364;
  const units = office.units.length;
  const staff = (i: number): number => (office.units[i]?.["handlers"] as number | undefined) ?? 40;
  const day = fc.double({ min: 0, max: horizon * 0.999, noNaN: true });
  const unit = fc.nat(units - 1);
  const later = (at: number) => fc.double({ min: Math.min(horizon, at + 1e-6), max: horizon, noNaN: true });
  const change: fc.Arbitrary<Json> = fc.oneof(
    fc.tuple(day, unit, fc.nat(), fc.array(policySpec, { maxLength: 2 })).map(([at, u, pick, policies]) => {
      // any registered regime the unit has the staff for
      const fits = knownRegimes().filter((tag) => minStaff(tag) <= staff(u));
      return { change: "regime", at, unit: u, to: { regime: fits[pick % fits.length], policies } };
    }),
    fc.tuple(day, unit, fc.array(policySpec, { maxLength: 2 })).map(([at, u, add]) => ({ change: "policies", at, unit: u, add, remove: ["productionTarget"] })),
    fc.tuple(day, unit, fc.nat(3), fc.nat(3), fc.boolean()).chain(([at, u, hire, leave, reinforce]) =>
      later(at).map((until) => ({
        change: "staffing",
        at,
        unit: u,
        hire,
        leave: Math.min(leave, staff(u) + hire - 1),
        freezeUntil: until,
        ...(reinforce ? { reinforce: { handlers: 2, until } } : {}),
      })),
    ),
    fc.tuple(day, fc.double({ min: 0, max: 3, noNaN: true })).chain(([at, factor]) => later(at).map((until) => ({ change: "demand", at, until, factor }))),
    fc.tuple(day, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 40, noNaN: true })).map(([at, completeShare, answerDelayDays]) => ({
      change: "upstream",
      at,
      completeShare,
      answerDelayDays,
    })),
    fc.integer({ min: 1, max: Math.max(1, Math.floor(horizon * 0.999)) }).map((at) => ({
      change: "officeHours",
      at,
      hours: [
        [[7, 15]],
        [[7, 15]],
        [
          [9, 12],
          [13, 17],
        ],
        [[7, 15]],
        [[7, 12]],
        [],
        [],
      ],
    })),
  );
  return fc.array(change, { minLength: 1, maxLength: 5 });
}

/** A working year for half the scenarios, with shares up to the schema's bounds so that people are often away at a change. */
const workingYear: fc.Arbitrary<Json | null> = fc.option(
  fc.record({
    leave: fc.record({ summerShare: fc.double({ min: 0, max: 1, noNaN: true }) }),
    sickness: fc.record({ share: fc.double({ min: 0, max: 0.25, noNaN: true }), meanDays: fc.double({ min: 1, max: 60, noNaN: true }) }),
    parentalLeave: fc.record({ share: fc.double({ min: 0, max: 0.25, noNaN: true }) }),
  }),
  { freq: 2 },
);

describe("fuzzed timelines (30 runs, fast-check seed 7)", () => {
  it("validate, run and satisfy every invariant; the same seed gives the identical run", () => {
    let changes = 0;
    fc.assert(
      fc.property(
        scenarioArbitrary({ zeroDemand: false }).chain((file) =>
          fc
            .tuple(timelineFor(file), workingYear)
            .map(([timeline, wy]) => ({ ...file, office: { ...(file["office"] as Json), timeline, ...(wy === null ? {} : { workingYear: wy }) } })),
        ),
        (file) => {
          const s = defineScenario(file as OfficeScenarioInput);
          const options = { seed: 1, horizonDays: s.run.horizonDays, warmupDays: s.run.warmupDays };
          const run = simulateOffice(officeFromScenario(s), options);
          checkOfficeRun(run, options.horizonDays, options.warmupDays);
          const again = simulateOffice(officeFromScenario(s), options);
          if (!isDeepStrictEqual(again, run)) throw new Error("the same seed gave a different run");
          changes += s.office.timeline?.length ?? 0;
        },
      ),
      { seed: 7, numRuns: 30, endOnFailure: true },
    );
    expect(changes).toBeGreaterThan(30);
  });
});
