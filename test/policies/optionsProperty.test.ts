/*
 * Each policy's options are defined once, by its spec schema, and the factory
 * reads them with it: a property check that the factory (called directly and
 * through policyFromSpec) and the schema accept exactly the same option objects.
 * Options are generated inside and around every bound the schema states (the
 * bounds are read from the schema's published JSON Schema, so a new option is
 * covered without touching this test), with wrong types, NaN and infinities,
 * arrays of every length, undefined values and unknown keys.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  documentTemplates,
  documentTemplatesSpecSchema,
  healthcareCollaboration,
  healthcareCollaborationSpecSchema,
  measurementRegime,
  measurementRegimeSpecSchema,
  noPolicySpecSchema,
  policyFromSpec,
  policySpecSchema,
  productionTarget,
  productionTargetSpecSchema,
  qualityReview,
  qualityReviewSpecSchema,
  queueDiscipline,
  queueDisciplineSpecSchema,
  rewardStructure,
  rewardStructureSpecSchema,
  trustBasedSteering,
  trustBasedSteeringSpecSchema,
} from "../../src/policies/index";
import type { Policy, PolicySpec } from "../../src/policies/index";

type JsonSchema = {
  properties?: Record<string, JsonSchema>;
  prefixItems?: JsonSchema[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
};

const KINDS: Array<[string, () => z.ZodType, ((opts: never) => Policy) | null]> = [
  ["noPolicy", noPolicySpecSchema, null],
  ["productionTarget", productionTargetSpecSchema, productionTarget],
  ["measurementRegime", measurementRegimeSpecSchema, measurementRegime],
  ["rewardStructure", rewardStructureSpecSchema, rewardStructure],
  ["documentTemplates", documentTemplatesSpecSchema, documentTemplates],
  ["qualityReview", qualityReviewSpecSchema, qualityReview],
  ["queueDiscipline", queueDisciplineSpecSchema, queueDiscipline],
  ["healthcareCollaboration", healthcareCollaborationSpecSchema, healthcareCollaboration],
  ["trustBasedSteering", trustBasedSteeringSpecSchema, trustBasedSteering],
];

/** Every bound stated anywhere in the schema, and every enum value. */
function boundsAndChoices(s: JsonSchema, numbers: Set<number>, choices: Set<unknown>): void {
  for (const b of [s.minimum, s.maximum, s.exclusiveMinimum, s.exclusiveMaximum]) if (b !== undefined) numbers.add(b);
  for (const c of s.enum ?? []) choices.add(c);
  for (const p of Object.values(s.properties ?? {})) boundsAndChoices(p, numbers, choices);
  for (const p of s.prefixItems ?? []) boundsAndChoices(p, numbers, choices);
}

/** A value for an option: numbers at, just inside and just outside each bound, and anything else. */
function valueArbitrary(schema: z.ZodType): fc.Arbitrary<unknown> {
  const bounds = new Set<number>();
  const choices = new Set<unknown>();
  boundsAndChoices(z.toJSONSchema(schema, { io: "input" }) as JsonSchema, bounds, choices);
  const near: number[] = [];
  for (const b of bounds) near.push(b, b - 1e-9, b + 1e-9, b / 2, b * 2, -b);
  const number = fc.oneof(
    fc.constantFrom(...near, 0, -0, 1, NaN, Infinity, -Infinity, 1e308, -1e-300),
    fc.double({ min: -2, max: 2, noNaN: true }),
    fc.double(),
  );
  return fc.oneof(
    { weight: 6, arbitrary: number },
    { weight: 2, arbitrary: fc.constantFrom(...choices, "fifo", "light", "") },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined, "1", {}, [], () => 1) },
    { weight: 2, arbitrary: fc.array(number, { minLength: 0, maxLength: 6 }) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(0, 0.1, 1, 1000), { minLength: 5, maxLength: 5 }) },
  );
}

/** An option object: some of the policy's options, sometimes an unknown key. */
function optionsArbitrary(schema: z.ZodType): fc.Arbitrary<Record<string, unknown>> {
  const props = (z.toJSONSchema(schema, { io: "input" }) as JsonSchema).properties ?? {};
  const names = Object.keys(props).filter((k) => k !== "kind");
  const keys = [...names, ...names, ...names, "strenght", "toString", "Share"];
  return fc.dictionary(fc.constantFrom(...keys), valueArbitrary(schema), { maxKeys: 4, noNullPrototype: true });
}

/** Whether `make` returns a policy; any error must be a TypeError or RangeError naming the policy. */
function accepts(kind: string, make: () => Policy): boolean {
  try {
    expect(make().name).toBe(kind);
    return true;
  } catch (err) {
    expect(err instanceof TypeError || err instanceof RangeError, String(err)).toBe(true);
    expect((err as Error).message.startsWith(`${kind}: `) || (err as Error).message.startsWith("policyFromSpec: "), (err as Error).message).toBe(true);
    return false;
  }
}

describe("factories and schemas accept exactly the same options", () => {
  for (const [kind, schema, factory] of KINDS) {
    it(kind, () => {
      let accepted = 0;
      let rejected = 0;
      fc.assert(
        fc.property(optionsArbitrary(schema()), (opts) => {
          const spec = { ...opts, kind };
          const bySchema = schema().safeParse(spec).success;
          // the union reads the spec as the kind's own schema does
          expect(policySpecSchema().safeParse(spec).success).toBe(bySchema);
          expect(accepts(kind, () => policyFromSpec(spec as PolicySpec))).toBe(bySchema);
          if (factory !== null) expect(accepts(kind, () => factory(opts as never))).toBe(bySchema);
          if (bySchema) accepted++;
          else rejected++;
        }),
        { seed: 10, numRuns: 200 },
      );
      // the generator reaches both sides of the line (else the property says little)
      expect(accepted).toBeGreaterThan(10);
      expect(rejected).toBeGreaterThan(10);
    });
  }
});
