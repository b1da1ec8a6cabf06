/*
 * The models that ship with caseflow. Worker threads register these at start-up,
 * so experiments on them can run in parallel; other models run in the calling
 * thread.
 */
import type { ExperimentModel } from "../experiment/ExperimentModel";
import { mm1Model } from "./mm1/mm1Model";
import { officeModel } from "./office/officeModel";
import { registerModel } from "../experiment/modelRegistry";

/** The built-in models: `office` (the sickness-insurance office) and `mm1` (the M/M/c test queue). */
export const builtinModels: ReadonlyArray<ExperimentModel<any, any>> = [officeModel, mm1Model];

/** Registers every built-in model (see {@link registerModel}); calling it again is harmless. */
export function registerBuiltinModels(): void {
  for (const model of builtinModels) registerModel(model);
}
