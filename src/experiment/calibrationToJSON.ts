/*
 * A calibration result as JSON text: `schemaVersion` and `kind` first, the
 * confirmation run written as {@link toJSON} writes any result, and numbers
 * JSON cannot hold (NaN, ±Infinity: a figure the model never produced, an
 * infinite loss) as the strings "NaN", "Infinity" and "-Infinity".
 */
import type { CalibrationResult } from "./CalibrationResult";
import { encodeNumber, toJSON } from "./toJSON";

/** Serialises a calibration result, indented by `indent` spaces (0: one line). @defaultValue 2 */
export function calibrationToJSON(result: CalibrationResult<unknown>, indent = 2): string {
  const { confirmation, ...rest } = result;
  const replacer = (_key: string, value: unknown): unknown => (typeof value === "number" ? encodeNumber(value) : value);
  const head = JSON.parse(JSON.stringify(rest, replacer)) as Record<string, unknown>;
  const out = { ...head, confirmation: JSON.parse(toJSON(confirmation, { indent: 0 })) as unknown };
  return JSON.stringify(out, null, indent === 0 ? undefined : indent);
}
