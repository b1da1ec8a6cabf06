/*
 * runReplications in the calling thread: shards and their merge, sequential
 * stopping, progress, model errors, option checks, and the model registry.
 */
import { describe, expect, it } from "vitest";
import { flattenMetrics, getModel, listModels, mergeResults, registerModel, runReplications, summariseMetric } from "../../src/experiment";
import { mm1Model, type Mm1ScenarioInput } from "../../src/models";
import { failingModel, uniformModel } from "./testModels";

const short: Mm1ScenarioInput = { arrivalRate: 0.6, serviceRate: 1, horizon: 500, warmup: 100 };

describe("shards", () => {
  it("three shards merge into exactly the unsharded result", async () => {
    const options = { replications: 10, rootSeed: "shard-test", workers: 1 } as const;
    const whole = await runReplications(mm1Model, short, options);
    const shards = await Promise.all([0, 1, 2].map((index) => runReplications(mm1Model, short, { ...options, shard: { index, count: 3 } })));
    expect(shards.map((s) => s.replications)).toEqual([
      [0, 3, 6, 9],
      [1, 4, 7],
      [2, 5, 8],
    ]);
    expect(shards[1]!.shard).toEqual({ index: 1, count: 3, totalReplications: 10 });
    expect(shards[1]!.records[0]).toEqual(whole.records[1]);
    // merge order does not matter
    expect(mergeResults([shards[2]!, shards[0]!, shards[1]!])).toEqual(whole);
  });

  it("refuses overlapping, missing or foreign shards with a clear error", async () => {
    const options = { replications: 6, rootSeed: 3, workers: 1 } as const;
    const s = await Promise.all([0, 1, 2].map((index) => runReplications(mm1Model, short, { ...options, shard: { index, count: 3 } })));
    expect(() => mergeResults([s[0]!, s[1]!, s[1]!, s[2]!])).toThrow(/replication 1 appears twice/);
    expect(() => mergeResults([s[0]!, s[2]!])).toThrow(/2 of replications 0 to 5 are missing \(1, 4\)/);
    const otherSeed = await runReplications(mm1Model, short, { ...options, rootSeed: 4, shard: { index: 1, count: 3 } });
    expect(() => mergeResults([s[0]!, otherSeed, s[2]!])).toThrow(/rootSeed 4 but results\[0\] has 3/);
    const otherScenario = await runReplications(mm1Model, { ...short, arrivalRate: 0.7 }, { ...options, shard: { index: 1, count: 3 } });
    expect(() => mergeResults([s[0]!, otherScenario, s[2]!])).toThrow(/different scenario/);
    const otherModel = { ...s[1]!, model: "other" };
    expect(() => mergeResults([s[0]!, otherModel, s[2]!])).toThrow(/model "other"/);
    const otherSplit = await runReplications(mm1Model, short, { ...options, shard: { index: 1, count: 2 } });
    expect(() => mergeResults([s[0]!, otherSplit])).toThrow(/shards must come from one split/);
    expect(() => mergeResults([])).toThrow(RangeError);
  });

  it("rejects a bad shard spec", async () => {
    await expect(runReplications(mm1Model, short, { replications: 6, rootSeed: 1, shard: { index: 3, count: 3 } })).rejects.toThrow(
      "runReplications: shard.index must be a whole number from 0 to 2, got 3",
    );
  });
});

describe("sequential stopping", () => {
  it("stops before the cap on an easy target, at the first prefix that meets it", async () => {
    const rule = { metrics: ["utilisation", "served"], relativeHalfWidth: 0.04, minReplications: 3, maxReplications: 200 };
    const r = await runReplications(mm1Model, short, { rootSeed: 11, workers: 1, sequential: rule });
    const n = r.replications.length;
    expect(r.sequential).toEqual({ stoppedBy: "precision", ...rule });
    expect(n).toBeLessThan(200);
    expect(n).toBeGreaterThanOrEqual(3);
    for (const metric of rule.metrics) {
      const s = r.summary[metric]!;
      expect(s.n).toBe(n);
      expect(s.halfWidth).toBeLessThanOrEqual(0.04 * Math.abs(s.mean));
    }
    // the prefix one shorter did not meet the target for at least one metric
    if (n > 3) {
      const shorter = r.records.slice(0, n - 1);
      const met = rule.metrics.every((m) => {
        const s = summariseMetric(shorter, m);
        return s.halfWidth <= 0.04 * Math.abs(s.mean);
      });
      expect(met).toBe(false);
    }
    // the records are those of a fixed-length run of the same length
    const fixed = await runReplications(mm1Model, short, { rootSeed: 11, workers: 1, replications: n });
    expect(r.records).toEqual(fixed.records);
    expect(r.summary).toEqual(fixed.summary);
  });

  it("reports the cap when the target cannot be met", async () => {
    const r = await runReplications(mm1Model, short, {
      rootSeed: 11,
      workers: 1,
      sequential: { metrics: ["waitMean"], absoluteHalfWidth: 1e-9, maxReplications: 12 },
    });
    expect(r.sequential?.stoppedBy).toBe("cap");
    expect(r.sequential?.minReplications).toBe(10);
    expect(r.replications).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(r.summary["waitMean"]!.halfWidth).toBeGreaterThan(1e-9);
  });

  it("absolute target: either target suffices", async () => {
    const r = await runReplications(
      uniformModel,
      { scale: 1 },
      {
        rootSeed: 1,
        sequential: { metrics: ["u"], absoluteHalfWidth: 0.2, relativeHalfWidth: 1e-6, minReplications: 5, maxReplications: 500 },
      },
    );
    expect(r.sequential?.stoppedBy).toBe("precision");
    expect(r.summary["u"]!.halfWidth).toBeLessThanOrEqual(0.2);
  });

  it("checks the rule", async () => {
    await expect(
      runReplications(mm1Model, short, { rootSeed: 1, sequential: { metrics: ["utilization"], relativeHalfWidth: 0.1, maxReplications: 20 } }),
    ).rejects.toThrow(/"utilization", which the model does not report; did you mean "utilisation"\?/);
    await expect(runReplications(mm1Model, short, { rootSeed: 1, sequential: { metrics: ["served"], maxReplications: 20 } })).rejects.toThrow(/needs a target/);
    await expect(
      runReplications(mm1Model, short, {
        rootSeed: 1,
        shard: { index: 0, count: 2 },
        sequential: { metrics: ["served"], relativeHalfWidth: 0.1, maxReplications: 20 },
      }),
    ).rejects.toThrow(/cannot be combined/);
  });
});

describe("runReplications", () => {
  it("reports progress after each replication and summarises finite values only", async () => {
    const progress: Array<[number, number]> = [];
    const r = await runReplications(uniformModel, { scale: 10 }, { replications: 4, rootSeed: 1, onProgress: (d, t) => progress.push([d, t]) });
    expect(progress).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
    expect(r.summary["nan"]).toMatchObject({ n: 0, excluded: 4 });
    expect(Number.isNaN(r.summary["nan"]!.mean)).toBe(true);
    expect(r.summary["u"]!.excluded).toBe(0);
    expect(r.summary["twice"]!.mean).toBeCloseTo(2 * r.summary["u"]!.mean, 12);
    expect(r.series).toBeUndefined();
    const withSeries = await runReplications(uniformModel, { scale: 10 }, { replications: 2, rootSeed: 1, keepSeries: true });
    expect(withSeries.series?.[1]?.["path"]).toEqual([1, 2, 3].map((k) => k * withSeries.records[1]!["u"]!));
  });

  it("rejects with an error naming the replication when the model throws", async () => {
    await expect(runReplications(failingModel, { failAt: 2 }, { replications: 5, rootSeed: 1 })).rejects.toThrow(
      'model "test-failing" failed in replication 2 (scenario #0): boom at 2',
    );
  });

  it("checks its options", async () => {
    await expect(runReplications(mm1Model, short, { replications: 0, rootSeed: 1 })).rejects.toThrow(
      "runReplications: replications must be a whole number ≥ 1, got 0",
    );
    await expect(runReplications(mm1Model, short, { replications: 2, rootSeed: "a/b" })).rejects.toThrow(
      'runReplications: rootSeed must be a finite number or a non-empty string without "/", got "a/b"',
    );
    await expect(runReplications("mm2", short, { replications: 2, rootSeed: 1 })).rejects.toThrow(/no model registered with id "mm2"; did you mean "mm1"\?/);
  });

  it("takes the root seed from the scenario's run.seed when rootSeed is left out, and asks for it when there is none", async () => {
    const seededScenario = { scale: 1, run: { seed: 41 } };
    const withScenarioSeed = { ...uniformModel, id: "test-run-seed" };
    const implicit = await runReplications(withScenarioSeed, seededScenario, { replications: 2, workers: 1 });
    const explicit = await runReplications(withScenarioSeed, seededScenario, { replications: 2, rootSeed: 41, workers: 1 });
    expect(implicit.rootSeed).toBe(41);
    expect(implicit.records).toEqual(explicit.records);
    await expect(runReplications(mm1Model, short, { replications: 2 })).rejects.toThrow(
      'runReplications: rootSeed is required: the scenario of model "mm1" has no run.seed to take it from',
    );
  });
});

describe("model registry", () => {
  it("registers, finds and refuses duplicate ids", () => {
    registerModel(uniformModel);
    registerModel(uniformModel); // same object again: fine
    expect(getModel("test-uniform")).toBe(uniformModel);
    expect(listModels()).toContain("test-uniform");
    expect(() => registerModel({ ...uniformModel })).toThrow('another model is already registered with id "test-uniform"');
    expect(() => registerModel({ id: "", run: uniformModel.run })).toThrow(TypeError);
  });
});

describe("flattenMetrics", () => {
  it("joins nested names with dots", () => {
    expect(flattenMetrics({ leadTimeDays: { mean: 12, p90: 41 }, backlog: 3 })).toEqual({
      "leadTimeDays.mean": 12,
      "leadTimeDays.p90": 41,
      backlog: 3,
    });
    expect(() => flattenMetrics({ a: { b: "x" as unknown as number } })).toThrow('metric "a.b" must be a number');
  });
});
