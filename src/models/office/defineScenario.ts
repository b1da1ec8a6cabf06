/*
 * Writing a scenario in TypeScript: `defineScenario` checks it against the same
 * schema as scenario files (every error at once, before anything runs) and
 * returns it with every default filled in, fully typed.
 */
import { getOfficeSchemas, type OfficeScenario, type OfficeScenarioInput } from "./officeScenarioSchema";
import { validateOrThrow } from "../../experiment/validate";

/**
 * A validated office scenario with defaults filled in.
 * @throws ScenarioValidationError listing every problem (path, value, what is allowed)
 */
export function defineScenario(input: OfficeScenarioInput): OfficeScenario {
  return validateOrThrow(getOfficeSchemas().officeScenarioSchema, input, "scenario");
}
