/*
 * The regime registry: units are built, filled with defaults, checked and
 * described through their regime, never by testing tags; an unknown tag is an
 * error naming the field, the value and the known regimes, from the library as
 * from scenario files; a team unit written in a scenario file takes the team
 * defaults.
 */
import { describe, expect, it } from "vitest";
import {
  defaultStandardisedUnit,
  defaultTeamUnit,
  knownRegimes,
  Office,
  officeConfig,
  regimeOf,
  registerRegime,
  standardisedRegime,
  teamUnit,
  type UnitConfig,
} from "../../src/index";
import { officeFromScenario } from "../../src/models/office/officeModel";
import { officeScenarioSchema } from "../../src/models/office/officeScenarioSchema";
import { describeScenario } from "../../src/models/office/describeScenario";

describe("the regime registry", () => {
  it("knows the standardised and the team regime, each with its defaults", () => {
    expect(knownRegimes()).toEqual(["standardised", "team"]);
    expect(regimeOf("standardised").defaults).toBe(defaultStandardisedUnit);
    expect(regimeOf("team").defaults).toBe(defaultTeamUnit);
    for (const tag of knownRegimes()) expect(regimeOf(tag).description.length).toBeGreaterThan(40);
  });

  it("rejects an unknown regime from the library, naming the field, the value and the known regimes", () => {
    const unknown = { regime: "hybrid", handlers: 12 } as unknown as UnitConfig;
    expect(() => officeConfig({ units: [unknown] })).toThrow(/units\[0\]\.regime: got "hybrid"; expected one of "standardised", "team"/);
    // a configuration built by hand, past officeConfig
    const cfg = officeConfig({ units: [teamUnit({ handlers: 12 })] });
    const bad = { ...cfg, units: [{ ...cfg.units[0], regime: "hybrid" }] } as unknown as typeof cfg;
    expect(() => new Office(bad, { seed: 1, horizonDays: 28 })).toThrow(/units\[0\]\.regime: got "hybrid"; expected one of "standardised", "team"/);
    // a misspelt regime gets a "did you mean"
    expect(() => officeConfig({ units: [{ regime: "teams" } as unknown as UnitConfig] })).toThrow(/did you mean "team"\?/);
    expect(() => regimeOf("hybrid", "units[2].regime")).toThrow('units[2].regime: got "hybrid"; expected one of the regimes: "standardised", "team"');
  });

  it("refuses a second regime with a taken tag", () => {
    expect(() => registerRegime(standardisedRegime)).toThrow(/tag: got "standardised"; expected a new tag/);
  });

  it("gives a team unit in a scenario file the team defaults for every setting", () => {
    const s = officeScenarioSchema.parse({ office: { units: [{ regime: "team", handlers: 12 }] } });
    const unit = officeFromScenario(s).units[0] as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(defaultTeamUnit)) {
      if (key === "handlers") continue;
      expect(unit[key], key).toEqual(value);
    }
  });

  it("describes each unit in the report through its regime", () => {
    const s = officeScenarioSchema.parse({
      office: {
        units: [
          { regime: "standardised", name: "A" },
          { regime: "team", name: "B", teamSize: 5, specialise: true },
        ],
      },
    });
    const lines = describeScenario(s, { model: "office", replications: 1, rootSeed: 1 });
    expect(lines.find((l) => l.startsWith('Unit "A"'))).toContain("specialised pools behind a customer centre");
    expect(lines.find((l) => l.startsWith('Unit "B"'))).toContain(
      "trust-based teams of 5 owning each claim end to end, with internal specialisation (34% specialists)",
    );
  });
});
