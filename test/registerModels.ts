/*
 * Vitest setup: registers the built-in models, as importing caseflow from its
 * root does, so tests that import the generic layers from src/experiment or
 * src/report can name "office" and "mm1" and get the office's report labels.
 */
import { registerBuiltinModels } from "../src/models/builtinModels";

registerBuiltinModels();
