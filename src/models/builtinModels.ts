/*
 * The models that ship with caseflow, registered (see registerModel) as soon
 * as this module is loaded, which importing caseflow from its root does: then
 * the experiment functions accept their ids ("office", "mm1") and reports find
 * their metric tables and charts. Worker threads import them from the package
 * root (their `module` is "caseflow").
 */
import type { SomeExperimentModel } from "../experiment/ExperimentModel";
import { listModels, registerModel } from "../experiment/modelRegistry";
import { mm1Model } from "./mm1/mm1Model";
import { officeModel } from "./office/officeModel";

/** The built-in models: `office` (the sickness-insurance office) and `mm1` (the M/M/c test queue). */
export const builtinModels: ReadonlyArray<SomeExperimentModel> = [officeModel, mm1Model];

/**
 * Registers every built-in model (see {@link registerModel}) whose id is not
 * registered yet; calling it again is harmless. An id already taken is left as
 * it is: that is another copy of caseflow in the same process (its ES module
 * and CommonJS forms, or a bundled copy), whose models are the same.
 */
export function registerBuiltinModels(): void {
  const taken = new Set(listModels());
  for (const model of builtinModels) if (!taken.has(model.id)) registerModel(model);
}

registerBuiltinModels();
