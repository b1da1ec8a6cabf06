/*
 * The test run Stryker uses for each mutant (npm run mutate): the behaviour and
 * unit tests that run the TypeScript sources. Left out: the golden bit-for-bit
 * check (it kills every mutant that moves a number, which says nothing about the
 * behaviour tests), and the tests that run the built dist/ (CLI, README and
 * examples, worker threads, memory probes, the fuzzer) or a browser, which would
 * measure the unmutated build or fail on its age rather than on the mutant.
 *
 * MUTATE_TESTS (comma-separated globs) narrows the tests for a cheap, scoped run,
 * e.g. MUTATE_TESTS="test/policies/hooks.test.ts,test/model/isolated.test.ts"; the
 * score of such a run is a lower bound (a test left out might have killed more).
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: process.env["MUTATE_TESTS"] ? process.env["MUTATE_TESTS"].split(",") : ["test/**/*.test.ts"],
    exclude: [
      "test/golden/**",
      "test/cli/**",
      "test/docs/**",
      "test/report/browser.test.ts",
      "test/experiment/workers.test.ts",
      "test/reliability/**",
      "node_modules/**",
    ],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: "forks",
  },
});
