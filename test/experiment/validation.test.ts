/*
 * Scenario validation: every error reported at once, each with its path, the
 * value found and what is allowed; unknown keys with a "did you mean".
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  closestMatch,
  formatIssues,
  jsonSchemaOf,
  levenshtein,
  runReplications,
  ScenarioValidationError,
  validate,
  validateOrThrow,
  wholeNumber,
} from "../../src/experiment";
import { mm1Model, mm1ScenarioSchema } from "../../src/models";

describe("validate", () => {
  it("reports every error of an mm1 scenario with path, value and what is allowed", () => {
    const r = validate(mm1ScenarioSchema, { arrivalRate: -1, serviceRate: "fast", servers: 1.5, horizon: 50, warmup: 100, arivalRate: 3 });
    expect(r).toEqual({
      ok: false,
      errors: [
        "arrivalRate: got -1; expected a number > 0",
        'serviceRate: got "fast"; expected a number',
        "servers: got 1.5; expected a whole number",
        'arivalRate: got unknown key "arivalRate" (value 3); expected one of the allowed keys: arrivalRate, serviceRate, servers, horizon, warmup; did you mean "arrivalRate"?',
        "horizon: got 50; expected a number > warmup (100)",
      ],
    });
  });

  it("checks horizon against a defaulted warmup and returns parsed values", () => {
    expect(validate(mm1ScenarioSchema, { servers: 0, horizon: 500 })).toEqual({
      ok: false,
      errors: ["servers: got 0; expected a whole number ≥ 1", "horizon: got 500; expected a number > warmup (1000)"],
    });
    expect(validate(mm1ScenarioSchema, { servers: 3 })).toEqual({
      ok: true,
      value: { arrivalRate: 0.8, serviceRate: 1, servers: 3, horizon: 10_000, warmup: 1_000 },
    });
    expect(validate(mm1ScenarioSchema, 5)).toEqual({ ok: false, errors: ["(root): got 5; expected an object"] });
  });

  it("formats nested paths, arrays, unions and enums", () => {
    const policy = z.discriminatedUnion("kind", [
      z.strictObject({ kind: z.literal("none") }),
      z.strictObject({ kind: z.literal("target"), target: z.strictObject({ perWeek: z.number().positive() }) }),
    ]);
    const schema = z.strictObject({
      policies: z.array(policy).min(1),
      regime: z.enum(["standardised", "trust"]),
      team: z.strictObject({ size: wholeNumber().min(1).max(12), name: z.string().min(2) }),
      seedOrName: z.union([z.number(), z.string()]),
    });
    const input = {
      policies: [{ kind: "quota" }, { kind: "target", target: { perWeak: 3 } }, { kind: "none", extra: 1 }],
      regime: "trusted",
      team: { size: 20, name: "x" },
      seedOrName: true,
    };
    expect(validate(schema, input)).toEqual({
      ok: false,
      errors: [
        'policies[0].kind: got "quota"; expected one of "none", "target"',
        "policies[1].target.perWeek: got nothing (missing); expected a number",
        'policies[1].target.perWeak: got unknown key "perWeak" (value 3); expected one of the allowed keys of policies[1].target: perWeek; did you mean "perWeek"?',
        'policies[2].extra: got unknown key "extra" (value 1); expected one of the allowed keys of policies[2]: kind',
        'regime: got "trusted"; expected one of "standardised", "trust"',
        "team.size: got 20; expected a whole number ≤ 12",
        'team.name: got "x"; expected at least 2 characters',
        "seedOrName: got true; expected a number or a string",
      ],
    });
  });

  it("throws a ScenarioValidationError listing all errors", async () => {
    let caught: unknown;
    try {
      validateOrThrow(mm1ScenarioSchema, { arrivalRate: 0, servers: 0 });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ScenarioValidationError);
    const e = caught as ScenarioValidationError;
    expect(e.errors).toEqual(["arrivalRate: got 0; expected a number > 0", "servers: got 0; expected a whole number ≥ 1"]);
    expect(e.message).toBe("Invalid scenario (2 errors):\n  - arrivalRate: got 0; expected a number > 0\n  - servers: got 0; expected a whole number ≥ 1");
    await expect(runReplications(mm1Model, { warmup: -1 }, { replications: 2, rootSeed: 1 })).rejects.toBeInstanceOf(ScenarioValidationError);
  });

  it("formatIssues works without the schema (no key suggestions)", () => {
    const result = mm1ScenarioSchema.safeParse({ srvers: 2 });
    expect(result.success).toBe(false);
    expect(formatIssues(result.error!, { srvers: 2 })).toEqual(['srvers: got unknown key "srvers" (value 2); expected no other keys']);
  });
});

describe("jsonSchemaOf", () => {
  it("describes the scenario file: types, bounds, defaults, no extra keys", () => {
    const js = jsonSchemaOf(mm1ScenarioSchema) as {
      type: string;
      additionalProperties: boolean;
      required?: string[];
      properties: Record<string, Record<string, unknown>>;
    };
    expect(js.type).toBe("object");
    expect(js.additionalProperties).toBe(false);
    expect(js.required).toBeUndefined(); // every field has a default
    expect(js.properties["servers"]).toMatchObject({ type: "integer", minimum: 1, default: 1 });
    expect(js.properties["arrivalRate"]).toMatchObject({ type: "number", exclusiveMinimum: 0, default: 0.8 });
    expect(Object.keys(js.properties)).toEqual(["arrivalRate", "serviceRate", "servers", "horizon", "warmup"]);
  });
});

describe("closestMatch", () => {
  it("suggests near misses only", () => {
    expect(levenshtein("kitten", "sitting")).toBe(3);
    expect(closestMatch("arivalRate", ["arrivalRate", "serviceRate"])).toBe("arrivalRate");
    expect(closestMatch("SERVERS", ["servers"])).toBe("servers");
    expect(closestMatch("z", ["x", "y"])).toBeUndefined();
    expect(closestMatch("colour", ["horizon", "warmup"])).toBeUndefined();
  });
});
