/*
 * The registry of runnable models, keyed by id: the experiment functions
 * accept a registered id instead of a model, and reports find a result's model
 * (its metric table and charts) by the id the result records. The built-in
 * models are registered when caseflow is imported from its root.
 */
import { closestMatch } from "./closestMatch";
import type { SomeExperimentModel } from "./ExperimentModel";

/**
 * The registry lives on globalThis under a registered symbol, so that every
 * copy of this module (the package root and the caseflow/experiment and
 * caseflow/report entries are bundled apart, in ES module and CommonJS forms)
 * shares one.
 */
const REGISTRY = Symbol.for("caseflow.modelRegistry");
const registry = ((globalThis as Record<symbol, unknown>)[REGISTRY] ??= new Map<string, SomeExperimentModel>()) as Map<string, SomeExperimentModel>;

/**
 * Registers a model under its `id`. Registering the same model object again is
 * a no-op.
 *
 * @throws TypeError if `model` has no non-empty string `id` or no `run` function
 * @throws RangeError if a different model is already registered under that id
 */
export function registerModel(model: SomeExperimentModel): void {
  if (typeof model !== "object" || model === null || typeof model.id !== "string" || model.id === "") {
    throw new TypeError(`registerModel: model must be an object with a non-empty string id, got ${describe(model)}`);
  }
  if (typeof model.run !== "function") {
    throw new TypeError(`registerModel: model "${model.id}" must have a run(scenario, ctx) function`);
  }
  const existing = registry.get(model.id);
  if (existing !== undefined && existing !== model) {
    throw new RangeError(`registerModel: another model is already registered with id "${model.id}"; ids must be unique`);
  }
  registry.set(model.id, model);
}

/**
 * The registered model with this id.
 *
 * @throws RangeError naming the known ids (and the closest one) if none is registered under `id`
 */
export function getModel(id: string): SomeExperimentModel {
  const model = registry.get(id);
  if (model === undefined) {
    const known = [...registry.keys()];
    const guess = closestMatch(`${id}`, known);
    throw new RangeError(
      `getModel: no model registered with id ${JSON.stringify(id)}` +
        (guess === undefined ? "" : `; did you mean "${guess}"?`) +
        ` Known models: ${known.length === 0 ? "none" : known.map((k) => `"${k}"`).join(", ")}`,
    );
  }
  return model;
}

/** Ids of all registered models, in registration order. */
export function listModels(): string[] {
  return [...registry.keys()];
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || typeof value === "bigint")
    return `${typeof value} ${String(value)}`;
  if (typeof value !== "object") return typeof value;
  return `an object with id ${JSON.stringify((value as { id?: unknown }).id)}`;
}
