/*
 * The reorganisation's own time, as a schedule: the hours a person owes at each
 * weekly cycle after a switch, and the library's check of the settings.
 */
import { describe, expect, it } from "vitest";
import { officeConfig } from "../../src/organisation/OfficeConfig";
import { DEFAULT_REORGANISATION, reorganisationError, reorganisationHours, startReorganisation } from "../../src/organisation/reorganisationTime";
import { standardisedUnit, teamUnit } from "../../src/organisation/UnitConfig";

describe("reorganisation time", () => {
  it("owes hoursPerWeek in each of the first weeks, at most the week's working hours, then nothing", () => {
    const unit = {};
    startReorganisation(unit, { hoursPerWeek: 6, weeks: 2.5 });
    expect([40, 4, 40, 40].map((w) => reorganisationHours(unit, w))).toEqual([6, 4, 3, 0]);
  });

  it("takes the defaults for missing fields, and nothing for a unit that never switched or for 0 hours", () => {
    const unit = {};
    startReorganisation(unit, undefined);
    const hours = Array.from({ length: 14 }, () => reorganisationHours(unit, 40));
    expect(hours).toEqual([...Array<number>(DEFAULT_REORGANISATION.weeks).fill(DEFAULT_REORGANISATION.hoursPerWeek), 0]);
    expect(reorganisationHours({}, 40)).toBe(0);
    const none = {};
    startReorganisation(none, { hoursPerWeek: 0 });
    expect(reorganisationHours(none, 40)).toBe(0);
  });

  it("is checked before anything runs, naming the field, the value and what is allowed", () => {
    expect(reorganisationError({ hoursPerWeek: 41 }, "timeline[0].reorganisation")).toBe(
      "timeline[0].reorganisation.hoursPerWeek: got 41; expected a number from 0 to 40",
    );
    expect(reorganisationError({ weeks: -1 }, "r")).toContain("r.weeks: got -1");
    expect(reorganisationError({ hours: 2 }, "r")).toContain("r.hours: unknown field");
    expect(reorganisationError({ hoursPerWeek: 40, weeks: 104 }, "r")).toBeNull();
    const bad = () =>
      officeConfig({
        units: [standardisedUnit({ handlers: 10 })],
        timeline: [{ change: "regime", at: 10, unit: 0, to: teamUnit(), reorganisation: { hoursPerWeek: Number.NaN } }],
      });
    expect(bad).toThrow(/timeline\[0\]\.reorganisation\.hoursPerWeek: got NaN/);
  });
});
