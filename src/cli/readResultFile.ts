/*
 * Reads a result file written by the command (or by toJSON / resultToJSON):
 * a single run, a comparison or a sweep, refusing foreign or stale files with
 * a message naming the file and the field.
 */
import { resultFromJSON, type AnyResult } from "../report";
import { InputError } from "./InputError";
import { readJSONFile } from "./readJSONFile";

/**
 * The result stored in `path`.
 *
 * @throws InputError if the file is unreadable, not JSON, or not a result of a supported version
 */
export function readResultFile(path: string): AnyResult {
  const { text } = readJSONFile(path, "result");
  try {
    return resultFromJSON(text);
  } catch (err) {
    throw new InputError(`${path} is not a caseflow result file: ${(err as Error).message.replace(/^(resultFromJSON|fromJSON): /, "")}`);
  }
}
