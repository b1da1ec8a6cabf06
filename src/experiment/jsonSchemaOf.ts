/*
 * The JSON Schema of a scenario schema, for editors and other tools: the same
 * zod definition validates scenarios and documents their file format.
 */
import { z } from "zod";

/** Options of {@link jsonSchemaOf}. */
export interface JsonSchemaOptions {
  /**
   * Describe what users write (`"input"`: fields with defaults are optional) or
   * what the model receives (`"output"`). @defaultValue "input"
   */
  io?: "input" | "output";
}

/**
 * JSON Schema (draft 2020-12) of `schema`, from `z.toJSONSchema`. Refinements
 * such as "horizon > warmup" cannot be expressed and are left out; parts with
 * no JSON Schema equivalent become `{}` (anything).
 */
export function jsonSchemaOf(schema: z.ZodType, options: JsonSchemaOptions = {}): Record<string, unknown> {
  return z.toJSONSchema(schema, { io: options.io ?? "input", unrepresentable: "any" });
}
