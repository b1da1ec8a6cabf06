// Mutation testing (npm run mutate; not part of npm test). Stryker changes the
// model's source one small edit at a time and runs the tests that cover the edit;
// a mutant that no test notices points at a mechanism no behaviour test pins down.
// Incremental: results are kept in reports/stryker-incremental.json, so a re-run
// only tests mutants in code (or tests) that changed. On a shared 2-core machine run
// a narrow scope, e.g.
//   npm run mutate -- --mutate src/policies/queueDiscipline.ts
// docs/testing.md records the scores measured so far and what was not measured.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutate.config.ts" },
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.json",
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: ["src/organisation/**/*.ts", "src/casework/**/*.ts", "src/policies/**/*.ts", "src/engine/**/*.ts", "src/experiment/**/*.ts", "!src/**/index.ts"],
  coverageAnalysis: "perTest",
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  concurrency: 1,
  dryRunTimeoutMinutes: 30,
  timeoutMS: 60000,
  timeoutFactor: 3,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
