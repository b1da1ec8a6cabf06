/*
 * A zod schema for whole numbers that keeps validating after a bad value. Zod's
 * own `.int()` treats a fraction like a wrong type and stops the object's
 * cross-field checks from running, so one typo would hide other errors; this
 * uses `multipleOf(1)` instead and still shows as `"type": "integer"` in JSON
 * Schema.
 */
import { z } from "zod";

/**
 * A zod number schema accepting only whole numbers (`multipleOf(1)`), described
 * as `{"type": "integer"}` in JSON Schema. Chain bounds as usual:
 * `wholeNumber().min(1)`.
 * @internal
 */
export function wholeNumber(): z.ZodNumber {
  return z.number().multipleOf(1).meta({ type: "integer" });
}
