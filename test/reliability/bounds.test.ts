/*
 * Valid means runnable (issue 17): scenarios drawn up to the schema's bounds —
 * every world parameter at its minimum, its maximum or anywhere between, read
 * from the published JSON Schema (docs/scenario.schema.json, generated from the
 * validator), several at once — are either refused by the validator (the run
 * budget, a cross-field rule) with a message, or run to the end, or are stopped
 * by a guard (event budget, memory budget, a policy's answer) with a
 * SimulationError or PolicyError naming what happened. Never a crash with an
 * internal message, never a hang: each run has a small event budget (400,000
 * events; a 4-week office of 4 staff needs a few thousand), so one scenario
 * takes at most a few seconds. BOUNDS_RUNS sets the count (default 40; `npm run
 * fuzz` can raise it); fast-check seed 17.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SimulationError } from "../../src/engine/SimulationError";
import { defineScenario } from "../../src/models/office/defineScenario";
import { officeFromScenario } from "../../src/models/office/officeModel";
import { ScenarioValidationError } from "../../src/experiment/ScenarioValidationError";
import { simulateOffice } from "../../src/organisation/Office";
import { PolicyError } from "../../src/policies/PolicySet";

type JsonSchema = {
  type?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  properties?: Record<string, JsonSchema>;
};
const schema = JSON.parse(readFileSync(join(__dirname, "..", "..", "docs", "scenario.schema.json"), "utf8")) as JsonSchema;
const world = schema.properties!["office"]!.properties!["world"]!.properties!;

/** Every scalar numeric world parameter with its bounds. */
const fields: Array<{ group: string; key: string; arb: fc.Arbitrary<number> }> = [];
for (const [group, g] of Object.entries(world)) {
  for (const [key, f] of Object.entries(g.properties ?? {})) {
    if (f.type !== "number" && f.type !== "integer") continue;
    const min = f.minimum ?? (f.exclusiveMinimum !== undefined ? f.exclusiveMinimum + Math.max(1e-9, Math.abs(f.exclusiveMinimum) * 1e-9) : undefined);
    const max = f.maximum ?? (f.exclusiveMaximum !== undefined ? f.exclusiveMaximum - Math.max(1e-9, Math.abs(f.exclusiveMaximum) * 1e-9) : undefined);
    if (min === undefined || max === undefined) throw new Error(`world.${group}.${key} has no bound in the schema`);
    fields.push({
      group,
      key,
      arb: fc.oneof(fc.constant(max), fc.constant(min), fc.double({ min, max, noNaN: true, noDefaultInfinity: true })),
    });
  }
}

const runs = Number(process.env["BOUNDS_RUNS"] ?? 40);

describe(`scenarios at the schema's bounds (${runs} runs, fast-check seed 17)`, () => {
  it("every world number has an upper bound in the schema", () => {
    expect(fields.length).toBeGreaterThan(40);
  });

  it("are refused with a message, complete, or are stopped by a guard with a clear message", () => {
    const outcomes = { refused: 0, completed: 0, stopped: 0 };
    fc.assert(
      fc.property(
        fc.subarray(fields, { minLength: 1, maxLength: 6 }).chain((chosen) => fc.tuple(...chosen.map((f) => f.arb)).map((values) => ({ chosen, values }))),
        fc.constantFrom("team", "standardised"),
        ({ chosen, values }, regime) => {
          const w: Record<string, Record<string, number>> = {};
          chosen.forEach((f, i) => ((w[f.group] ??= {})[f.key] = values[i] as number));
          const file = {
            office: { world: w, units: [{ regime, handlers: regime === "team" ? 4 : 8 }] },
            run: { horizonDays: 28, warmupDays: 0, replications: 1, seed: 1 },
          };
          let scenario;
          try {
            scenario = defineScenario(file);
          } catch (err) {
            if (!(err instanceof ScenarioValidationError)) throw err;
            outcomes.refused++;
            return;
          }
          try {
            simulateOffice(officeFromScenario(scenario), { seed: 1, horizonDays: 28, eventBudget: 400_000 });
            outcomes.completed++;
          } catch (err) {
            if (!(err instanceof SimulationError || err instanceof PolicyError)) throw err;
            expect((err as Error).message).toMatch(/event budget|memory budget|livelock|policy "/);
            outcomes.stopped++;
          }
        },
      ),
      { seed: 17, numRuns: runs, endOnFailure: true },
    );
    console.log(`bounds: ${outcomes.completed} completed, ${outcomes.stopped} stopped by a guard, ${outcomes.refused} refused`);
    expect(outcomes.completed + outcomes.stopped + outcomes.refused).toBe(runs);
  }, 300_000);
});
