// A scoped mutation run on a shared, loaded machine (docs/testing.md "Mutation testing"):
// the committed stryker.config.mjs without the TypeScript checker (it re-checks the
// project for each mutant: about a minute per mutant at load 15–20, against a few
// seconds for the kernel's tests), a 10 s base timeout (the kernel's tests take
// milliseconds; a mutant that loops forever costs the timeout), and an event recorder
// that writes each mutant's result to reports/events-$RUN_NAME/ as it is tested, so a
// run stopped early still tells what it found. Without the checker, a mutant that
// TypeScript would reject runs anyway and is counted killed or survived, never as a
// compile error: read a survivor against `npm run typecheck` before calling it a gap.
//   RUN_NAME=core MUTATE_TESTS="test/engine/kernel.test.ts" nice -n 10 npx stryker run \
//     stryker.scoped.config.mjs --concurrency 1 --mutate src/engine/Simulation.ts \
//     --incrementalFile reports/stryker-core.json
import base from "./stryker.config.mjs";

const name = process.env["RUN_NAME"] ?? "run";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  checkers: [],
  timeoutMS: 10000,
  reporters: [...base.reporters, "event-recorder"],
  eventReporter: { baseDir: `reports/events-${name}` },
};
