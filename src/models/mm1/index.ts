/*
 * The M/M/c queue as an experiment model (id "mm1"): the textbook check of the
 * experiment layer against known answers. Re-exports only.
 */
export { mm1Model } from "./mm1Model";
export { mm1ScenarioSchema, type Mm1Scenario, type Mm1ScenarioInput } from "./mm1ScenarioSchema";
