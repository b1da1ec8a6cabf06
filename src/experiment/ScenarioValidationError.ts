/*
 * The error thrown when a scenario does not match its schema. It carries every
 * problem found, not just the first, so a scenario file can be fixed in one go.
 */

/** A scenario failed validation; `errors` lists every problem (see {@link formatIssues}). */
export class ScenarioValidationError extends Error {
  /** One message per problem, `path: got <value>; expected <allowed>`. */
  readonly errors: readonly string[];

  /**
   * @param errors - the problems, one message each
   * @param what - what was validated, for the message's first line @defaultValue "scenario"
   */
  constructor(errors: readonly string[], what = "scenario") {
    const n = errors.length;
    super(`Invalid ${what} (${n} error${n === 1 ? "" : "s"}):\n${errors.map((e) => `  - ${e}`).join("\n")}`);
    this.name = "ScenarioValidationError";
    this.errors = [...errors];
  }
}
