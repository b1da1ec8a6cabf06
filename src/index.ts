/*
 * caseflow: discrete-event simulation of case handling in public services.
 * This module only re-exports the public API of each part.
 */
export * from "./engine/index";
export * from "./random/index";
export * from "./stats/index";
export * from "./casework/index";
export * from "./organisation/index";
export * from "./policies/index";
export * from "./experiment/index";
export * from "./report/index";
