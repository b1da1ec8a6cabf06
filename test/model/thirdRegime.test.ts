/*
 * The regime seam: a third way of organising work — a standardised registration
 * front office handing claims to a team — defined in one file outside the
 * package (frontOfficeRegime.ts) and made known by one registry call, keeps the
 * policy contract and the office invariants, and is read from scenario files,
 * checked and described like the built-in regimes.
 */
import { describe, expect, it } from "vitest";
import { knownRegimes, officeConfig, registerRegime, simulateOffice, validate, type UnitConfig } from "../../src/index";
import { officeModel } from "../../src/models/office/officeModel";
import { describeScenario } from "../../src/models/office/describeScenario";
import { officeScenarioSchema } from "../../src/models/office/officeScenarioSchema";
import { contractSuite } from "../policies/contractSuite";
import { checkOfficeRun } from "../reliability/checkOfficeRun";
import { frontOfficeRegime } from "./frontOfficeRegime";
import { officeInvariants } from "./officeInvariants";

registerRegime(frontOfficeRegime);

const front = { regime: "front", handlers: 20 } as unknown as UnitConfig;

contractSuite("front");

describe("a front-office unit", () => officeInvariants(officeConfig({ world: { demand: { casesPerWeek: 170 } }, units: [front] })));

describe("the front-office regime", () => {
  it("is known, runs next to the built-in regimes and keeps the fuzzers' invariants", () => {
    expect(knownRegimes()).toEqual(["standardised", "team", "front"]);
    const cfg = officeConfig({
      world: { demand: { casesPerWeek: 170 } },
      units: [front, { regime: "team", handlers: 8, caseShare: 0.4 }, { regime: "standardised", handlers: 10, caseShare: 0.4 }],
    });
    const run = simulateOffice(cfg, { seed: 7, horizonDays: 91, warmupDays: 14 });
    checkOfficeRun(run, 91, 14);
    expect(run.metrics.decided).toBeGreaterThan(0);
    // registrars never decide: decisions per handler count only the team's owners
    expect(Number.isFinite(run.metrics.measured.decisionsPerHandlerWeek.true)).toBe(true);
  });

  it("is read from scenario files, with its own defaults, checks and description", () => {
    const s = officeScenarioSchema.parse({
      office: { units: [{ regime: "front", handlers: 12, frontShare: 0.25 }] },
      run: { horizonDays: 56, warmupDays: 7, replications: 1 },
    });
    const out = officeModel.run(s, { rootSeed: 3, replication: 0 });
    expect(out.metrics["decided"]).toBeGreaterThan(0);
    const lines = describeScenario(s, { model: "office", replications: 1, rootSeed: 3 });
    expect(lines.find((l) => l.startsWith('Unit "unit 1"'))).toContain("a registration front office (25% of staff) handing claims to a team");
    const bad = validate(officeScenarioSchema, { office: { units: [{ regime: "front", handlers: 1, frontShare: 1.5 }, { regime: "frnt" }] } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors).toContain("office.units[0].frontShare: got 1.5; expected a number < 1");
      expect(bad.errors).toContain("office.units[0].handlers: got 1; expected a whole number ≥ 2 (a front office needs a registrar and an owner)");
      expect(bad.errors.join("\n")).toContain('office.units[1].regime: got "frnt"; expected one of "standardised", "team", "front"; did you mean "front"?');
    }
  });
});
