/*
 * The models that ship with caseflow: the sickness-insurance office (its
 * scenario schema, configuration from a scenario, metric table, charts and
 * scenario description; its domain layer is src/casework, src/organisation and
 * src/policies) and the M/M/c test queue. Re-exports only.
 */
export { builtinModels, registerBuiltinModels } from "./builtinModels";
export * from "./office/index";
export * from "./mm1/index";
