import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    // both cores of a 2-core CI machine (vitest's default leaves one free): the suite's files are independent,
    // and tests that start their own worker threads or children wait for them asynchronously
    maxWorkers: 2,
    minWorkers: 1,
  },
});
