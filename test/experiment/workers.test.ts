/*
 * Worker threads: results do not depend on the number of threads, and aborting
 * rejects and leaves no thread behind. Worker threads run the built
 * dist/worker.js, so these tests need `npm run build` first (the pretest script).
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { activeWorkerCount, compareVariants, runReplications } from "../../src/experiment";
import { mm1Model, type Mm1ScenarioInput } from "../../src/models";
import { uniformModel } from "./testModels";

const short: Mm1ScenarioInput = { arrivalRate: 0.5, serviceRate: 1, horizon: 600, warmup: 100 };

/** Newest modification time of the .ts files under `dir`. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

beforeAll(() => {
  // Worker threads run dist/worker.js; a stale build would compare old code with new.
  const worker = join(__dirname, "..", "..", "dist", "worker.js");
  if (!existsSync(worker)) throw new Error("dist/worker.js is missing: run `npm run build` before these tests");
  const sources = ["experiment", "engine", "random", "stats"].map((d) => newestSource(join(__dirname, "..", "..", "src", d)));
  if (statSync(worker).mtimeMs < Math.max(...sources)) {
    throw new Error("dist/worker.js is older than the sources it bundles: run `npm run build` before these tests");
  }
});

describe("worker threads", () => {
  it("same seed gives identical records and summaries with 1 and 2 workers", async () => {
    const one = await runReplications(mm1Model, short, { replications: 7, rootSeed: 2024, workers: 1 });
    let threadsSeen = 0;
    const two = await runReplications("mm1", short, {
      replications: 7,
      rootSeed: 2024,
      workers: 2,
      onProgress: () => (threadsSeen = Math.max(threadsSeen, activeWorkerCount())),
    });
    expect(threadsSeen).toBe(2); // the second run really used two threads
    expect(two.records).toEqual(one.records);
    expect(two.summary).toEqual(one.summary);
    expect(two).toEqual(one);
    expect(one.replications).toEqual([0, 1, 2, 3, 4, 5, 6]);
    // and the records are real, distinct simulations
    expect(new Set(one.records.map((r) => r["served"])).size).toBeGreaterThan(1);
    const other = await runReplications(mm1Model, short, { replications: 7, rootSeed: 2025, workers: 1 });
    expect(other.records).not.toEqual(one.records);
    expect(activeWorkerCount()).toBe(0);
  });

  it("sequential stopping gives the same result with 1 and 2 workers", async () => {
    const rule = { metrics: ["utilisation"], relativeHalfWidth: 0.03, minReplications: 4, maxReplications: 60 };
    const one = await runReplications(mm1Model, short, { rootSeed: 5, workers: 1, sequential: rule });
    const two = await runReplications(mm1Model, short, { rootSeed: 5, workers: 2, sequential: rule });
    expect(one.sequential?.stoppedBy).toBe("precision");
    expect(two).toEqual(one);
  });

  it("compareVariants gives the same result with 1 and 2 workers", async () => {
    const variants = { twoServers: { ...short, servers: 2 }, faster: { ...short, serviceRate: 1.2 } };
    const one = await compareVariants(mm1Model, short, variants, { replications: 4, rootSeed: 8, workers: 1 });
    const two = await compareVariants(mm1Model, short, variants, { replications: 4, rootSeed: 8, workers: 2 });
    expect(two).toEqual(one);
  });

  it("aborting rejects with an AbortError and leaves no worker running", async () => {
    const controller = new AbortController();
    let threadsSeen = 0;
    let progressCalls = 0;
    const run = runReplications(
      mm1Model,
      { horizon: 20_000, warmup: 100 },
      {
        replications: 500,
        rootSeed: 1,
        workers: 2,
        signal: controller.signal,
        onProgress: (done) => {
          progressCalls++;
          threadsSeen = Math.max(threadsSeen, activeWorkerCount());
          if (done === 2) controller.abort();
        },
      },
    );
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(threadsSeen).toBe(2);
    expect(progressCalls).toBe(2); // nothing reported after the abort
    expect(activeWorkerCount()).toBe(0);
  });

  it("aborting also stops a run in the calling thread", async () => {
    const controller = new AbortController();
    let progressCalls = 0;
    const run = runReplications(mm1Model, short, {
      replications: 50,
      rootSeed: 1,
      workers: 1,
      signal: controller.signal,
      onProgress: (done) => {
        progressCalls++;
        if (done === 3) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(progressCalls).toBe(3);
  });

  it("an already aborted signal rejects without starting threads", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(runReplications(mm1Model, short, { replications: 3, rootSeed: 1, workers: 2, signal: controller.signal })).rejects.toMatchObject({
      name: "AbortError",
    });
    expect(activeWorkerCount()).toBe(0);
  });

  it("models without a module run in the calling thread, or refuse explicit workers", async () => {
    const auto = await runReplications(uniformModel, { scale: 1 }, { replications: 3, rootSeed: 1 });
    expect(auto.records).toHaveLength(3);
    await expect(runReplications(uniformModel, { scale: 1 }, { replications: 3, rootSeed: 1, workers: 2 })).rejects.toThrow(
      /model "test-uniform" has no module, so worker threads cannot load it/,
    );
    await expect(runReplications(mm1Model, short, { replications: 3, rootSeed: 1, workers: 0 })).rejects.toThrow(
      /workers must be "auto" or a whole number ≥ 1, got 0/,
    );
  });
});
