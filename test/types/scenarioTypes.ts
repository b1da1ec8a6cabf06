/*
 * Type test, checked by `npm run typecheck` (never run): scenario objects are
 * typed closely enough that a misspelt setting fails to compile, in
 * defineScenario, in the experiment functions given the office model, and in
 * the office configuration; correct ones compile. Each `@ts-expect-error`
 * fails the typecheck if the line under it stops being an error.
 */
import { compareVariants, runReplications } from "../../src/experiment";
import { defineScenario, officeModel, type OfficeScenarioInput } from "../../src/models";
import { officeConfig } from "../../src/organisation";

const good: OfficeScenarioInput = { office: { units: [{ regime: "team", handlers: 12 }] } };
defineScenario(good);

// @ts-expect-error "untis" is not a setting of the office (units is)
defineScenario({ office: { untis: [{ regime: "team", handlers: 12 }] } });

// @ts-expect-error "handlrs" is not a setting of a unit
defineScenario({ office: { units: [{ regime: "standardised", handlrs: 12 }] } });

// @ts-expect-error "hybrid" is not a regime
defineScenario({ office: { units: [{ regime: "hybrid", handlers: 12 }] } });

// @ts-expect-error "horizon" is not a run setting (horizonDays is)
defineScenario({ office: { units: [{ regime: "team", handlers: 12 }] }, run: { horizon: 91 } });

export async function typedExperiments(): Promise<void> {
  await runReplications(officeModel, good, { replications: 2, rootSeed: 1 });
  // @ts-expect-error a typo in a scenario given to the office model
  await runReplications(officeModel, { office: { untis: [] } }, { replications: 2, rootSeed: 1 });
  // @ts-expect-error a typo in a variant
  await compareVariants(officeModel, good, { teams: { office: { untis: [] } } }, { replications: 2, rootSeed: 1 });
}

// @ts-expect-error a typo in a unit of the office configuration
officeConfig({ untis: [] });

export async function seedsWithDefaults(): Promise<void> {
  // rootSeed may be left out: an office scenario's run.seed (2026 by default) is the root seed.
  await runReplications(officeModel, good, { replications: 2 });
  await compareVariants(officeModel, good, { teams: good }, { replications: 2 });
}
