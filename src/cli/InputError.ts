/*
 * An error in what the user gave the command (a file, a flag, a scenario), as
 * opposed to a failure while running. The command reports it without a stack
 * trace and exits with code 2.
 */

/** Bad input: the message, plus one line per problem when there are several. */
export class InputError extends Error {
  /** One message per problem (e.g. every validation error of a scenario); may be empty. */
  readonly details: readonly string[];

  /**
   * @param message - what is wrong, naming the file or flag
   * @param details - individual problems, listed under the message @defaultValue []
   */
  constructor(message: string, details: readonly string[] = []) {
    super(message);
    this.name = "InputError";
    this.details = [...details];
  }
}
