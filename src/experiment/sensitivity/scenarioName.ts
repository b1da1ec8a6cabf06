/*
 * The name a scenario gives itself, for labelling the arms of a sensitivity
 * design or a regime map: its "name" field, unless absent, empty or the
 * schema's default "scenario".
 */
import { getPath } from "../setPath";

/** The scenario's own name, or undefined when it has none worth showing. */
export function scenarioName(s: unknown): string | undefined {
  try {
    const n = getPath(s, "name");
    return typeof n === "string" && n !== "" && n !== "scenario" ? n : undefined;
  } catch {
    return undefined;
  }
}
