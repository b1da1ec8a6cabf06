/*
 * How a worker thread finds the model it runs: it imports the module the model
 * names (ExperimentModel.module) and takes the export, named or default, that is
 * a model with the right id.
 */
import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import type { ExperimentModel } from "./ExperimentModel";

/**
 * The model `id` exported by module `specifier` (a package name, a `file:`
 * URL or an absolute path).
 *
 * @throws Error naming the module and the id when the module cannot be
 *   imported or exports no model with that id
 */
export async function workerModel(specifier: string, id: string): Promise<ExperimentModel<unknown>> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(isAbsolute(specifier) ? pathToFileURL(specifier).href : specifier)) as Record<string, unknown>;
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new Error(`worker thread: cannot import module ${JSON.stringify(specifier)} of model "${id}": ${why}`, { cause: err });
  }
  for (const value of Object.values(mod)) {
    if (isModel(value) && value.id === id) return value;
  }
  throw new Error(`worker thread: module ${JSON.stringify(specifier)} exports no model with id "${id}" (export the model object itself)`);
}

function isModel(value: unknown): value is ExperimentModel<unknown> {
  return (
    typeof value === "object" && value !== null && typeof (value as { id?: unknown }).id === "string" && typeof (value as { run?: unknown }).run === "function"
  );
}
