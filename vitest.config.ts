import { defineConfig } from "vitest/config";
import { DurationSequencer } from "./test/durationSequencer";

/*
 * Test files that change state shared by a whole process get a fresh process each
 * ("isolated"): the regime registry (a third regime is registered, and registering
 * after the scenario schema is built is refused by design) and the in-process heap
 * measurements. Every other file runs in one of two long-lived worker processes
 * ("shared"), one file after another: starting a fresh process and re-importing
 * the library per file cost about a second of CPU each, over 100 s of the suite.
 * A file in "shared" must leave no process state behind (a patched prototype is
 * restored in `finally`; nothing registers a regime); docs/testing.md says so.
 */
const isolated = ["test/model/thirdRegime.test.ts", "test/model/regimeRegistry.test.ts", "test/reliability/memory.test.ts"];

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    // both cores of a 2-core CI machine (vitest's default leaves one free): the suite's files are independent,
    // and tests that start their own worker threads or children wait for them asynchronously
    maxWorkers: 2,
    minWorkers: 1,
    // longest files first, from measured durations, also on a fresh clone (test/durationSequencer.ts)
    sequence: { sequencer: DurationSequencer },
    // vitest builds each pool once from these root options, so the two kinds of file take two pools:
    // forks without isolation for the shared files, threads (a fresh worker per file) for the others
    poolOptions: { forks: { isolate: false }, threads: { isolate: true } },
    projects: [
      { extends: true, test: { name: "shared", include: ["test/**/*.test.ts"], exclude: isolated, pool: "forks" } },
      { extends: true, test: { name: "isolated", include: isolated, pool: "threads" } },
    ],
  },
});
