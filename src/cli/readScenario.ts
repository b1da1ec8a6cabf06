/*
 * Reads and validates a scenario file (or standard input, named "-") against
 * its model's schema, reporting every problem at once under the file's name. Files are strict JSON (no
 * comments), so other tools can read them too.
 */
import { getModel, validate, type ExperimentModel } from "../experiment";
import { registerBuiltinModels } from "../models";
import { InputError } from "./InputError";
import { readJSONFile } from "./readJSONFile";

/** A scenario file, read and validated. */
export interface LoadedScenario {
  /** The file's path as given. */
  path: string;
  /** The scenario with every default filled in (as the model runs it). */
  scenario: unknown;
}

/**
 * The model registered under `id` (built-in models included).
 *
 * @throws InputError with a "did you mean" if there is none
 */
export function findModel(id: string): ExperimentModel<unknown, unknown> {
  registerBuiltinModels();
  try {
    return getModel(id);
  } catch (err) {
    throw new InputError(`--model: ${(err as Error).message.replace(/^getModel: /, "")}`);
  }
}

/** The file name that stands for standard input. */
export const STDIN_PATH = "-";

/**
 * Reads `path` (standard input when it is `-`) and validates it against `model`'s schema.
 *
 * @throws InputError if the file is unreadable, empty or not JSON, or listing every validation error
 */
export function readScenario(path: string, model: ExperimentModel<unknown, unknown>): LoadedScenario {
  const { data } = readJSONFile(path === STDIN_PATH ? "/dev/stdin" : path, "scenario");
  if (model.schema === undefined) return { path, scenario: data };
  const result = validate(model.schema, data);
  if (!result.ok) {
    const n = result.errors.length;
    const name = path === STDIN_PATH ? "the scenario on standard input" : path;
    throw new InputError(`${name} is not a valid ${model.id} scenario (${n} error${n === 1 ? "" : "s"}):`, result.errors);
  }
  return { path, scenario: result.value };
}
