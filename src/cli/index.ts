/*
 * The `caseflow` command line, for use in-process (tests, other tools): the
 * main function and the helpers its commands share. Re-exports only.
 */
export { main, buildProgram, EXIT } from "./main";
export type { CliIO, CliStream } from "./CliIO";
export type { CliContext } from "./CliContext";
export { InputError } from "./InputError";
export { writeFileAtomic, checkOutputPath } from "./writeFileAtomic";
export { ProgressBar, type ProgressBarOptions } from "./ProgressBar";
export { readJSONFile, describeSyntaxError } from "./readJSONFile";
export { readScenario, findModel, type LoadedScenario } from "./readScenario";
export { readResultFile } from "./readResultFile";
export { runSettings, parseSeed, parseShard, DEFAULT_REPLICATIONS, DEFAULT_SEED, type RunFlags, type RunSettings } from "./runSettings";
export { runWithProgress } from "./runWithProgress";
export { emitResult, metricPatterns, type OutputFlags } from "./emitResult";
export { parseSetOption } from "./parseSetOption";
export { variantNames } from "./variantNames";
export { withRunSettings } from "./withRunSettings";
export { starterScenario, STARTER_NOTES } from "./starterScenario";
export { addRunOptions, addOutputOptions } from "./commonOptions";
export { runCommand, type RunCommandFlags } from "./runCommand";
export { compareCommand } from "./compareCommand";
export { sweepCommand, type SweepCommandFlags } from "./sweepCommand";
export { mergeCommand } from "./mergeCommand";
export { validateCommand } from "./validateCommand";
export { reportCommand, defaultReportPath } from "./reportCommand";
export { schemaCommand } from "./schemaCommand";
export { initCommand } from "./initCommand";
