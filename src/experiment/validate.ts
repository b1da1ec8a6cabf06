/*
 * Validates input against a zod schema and reports every problem at once, as
 * plain messages; or validates and throws a ScenarioValidationError.
 */
import type { z } from "zod";
import { formatIssues } from "./formatIssues";
import { ScenarioValidationError } from "./ScenarioValidationError";

/** The outcome of {@link validate}: the parsed value, or every problem found. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/**
 * Validates `input` against `schema`, collecting all errors (see
 * {@link formatIssues} for their form). On success `value` is the parsed
 * input, with defaults filled in.
 */
export function validate<T>(schema: z.ZodType<T, unknown>, input: unknown): ValidationResult<T> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: formatIssues(result.error, input, schema) };
}

/**
 * Validates `input` against `schema` and returns the parsed value.
 *
 * @param what - what is validated, for the error message @defaultValue "scenario"
 * @throws ScenarioValidationError listing every problem
 */
export function validateOrThrow<T>(schema: z.ZodType<T, unknown>, input: unknown, what = "scenario"): T {
  const result = validate(schema, input);
  if (!result.ok) throw new ScenarioValidationError(result.errors, what);
  return result.value;
}
