/*
 * Comparisons and sweeps split into shards and merged back: the merge gives
 * exactly the unsharded result (records, summaries, paired comparisons, tidy
 * rows, JSON text), whatever the order of the shards; mixtures are refused.
 */
import { describe, expect, it } from "vitest";
import { compareVariants, mergeComparisons, mergeSweeps, sweep } from "../../src/experiment";
import { mm1Model, type Mm1ScenarioInput } from "../../src/models";
import { resultFromJSON, resultToJSON } from "../../src/report";

const base: Mm1ScenarioInput = { arrivalRate: 0.6, serviceRate: 1, horizon: 400, warmup: 50 };
const faster: Mm1ScenarioInput = { ...base, serviceRate: 1.2 };
const options = { replications: 7, rootSeed: "cluster", workers: 1 } as const;

describe("sharded comparisons", () => {
  it("three shards merge into exactly the unsharded comparison, also through JSON files", async () => {
    const whole = await compareVariants(mm1Model, base, { faster }, options);
    const shards = await Promise.all([0, 1, 2].map((index) => compareVariants(mm1Model, base, { faster }, { ...options, shard: { index, count: 3 } })));
    expect(shards.map((s) => s.replications)).toEqual([
      [0, 3, 6],
      [1, 4],
      [2, 5],
    ]);
    expect(shards[2]!.shard).toEqual({ index: 2, count: 3, totalReplications: 7 });
    expect(shards[2]!.variants["faster"]!.shard).toEqual({ index: 2, count: 3, totalReplications: 7 });
    const merged = mergeComparisons([shards[1]!, shards[2]!, shards[0]!]);
    expect(merged).toEqual(whole);
    expect(merged.comparisons["faster"]!["waitMean"]!.significant).toBe(true);
    // Written and read back as files are: byte-identical text.
    const reread = shards.map((s) => resultFromJSON(resultToJSON(s)) as typeof s);
    expect(reread[1]!.shard).toEqual(shards[1]!.shard);
    expect(resultToJSON(mergeComparisons(reread))).toBe(resultToJSON(whole));
  });

  it("refuses shards of different comparisons or incomplete sets, naming the scenario", async () => {
    const s = await Promise.all([0, 1].map((index) => compareVariants(mm1Model, base, { faster }, { ...options, shard: { index, count: 2 } })));
    expect(() => mergeComparisons([s[0]!])).toThrow(/mergeComparisons: the base: 3 of replications 0 to 6 are missing \(1, 3, 5\)/);
    const other = await compareVariants(mm1Model, base, { slower: { ...base, serviceRate: 0.9 } }, { ...options, shard: { index: 1, count: 2 } });
    expect(() => mergeComparisons([s[0]!, other])).toThrow(/results\[1\] compares variants slower but results\[0\] compares faster/);
    expect(() => mergeComparisons([])).toThrow(RangeError);
  });
});

describe("sharded sweeps", () => {
  it("two shards merge into exactly the unsharded sweep", async () => {
    const design = { grid: { arrivalRate: [0.5, 0.7], serviceRate: [1, 1.1] } };
    const whole = await sweep(mm1Model, base, design, options);
    const shards = await Promise.all([0, 1].map((index) => sweep(mm1Model, base, design, { ...options, shard: { index, count: 2 } })));
    expect(shards[0]!.results.every((r) => r.replications.join() === "0,2,4,6")).toBe(true);
    expect(shards[0]!.rows.filter((r) => r.metric === "waitMean")).toHaveLength(4 * 4);
    const merged = mergeSweeps([shards[1]!, shards[0]!]);
    expect(merged).toEqual(whole);
    const reread = shards.map((s) => resultFromJSON(resultToJSON(s)) as typeof s);
    expect(resultToJSON(mergeSweeps(reread))).toBe(resultToJSON(whole));
  });

  it("refuses shards of different designs and names the point that cannot be merged", async () => {
    const a = await sweep(mm1Model, base, { grid: { arrivalRate: [0.5, 0.7] } }, { ...options, shard: { index: 0, count: 2 } });
    const b = await sweep(mm1Model, base, { grid: { arrivalRate: [0.5, 0.8] } }, { ...options, shard: { index: 1, count: 2 } });
    expect(() => mergeSweeps([a, b])).toThrow(/results\[1\] sweeps other settings than results\[0\]/);
    expect(() => mergeSweeps([a])).toThrow(/mergeSweeps: point 0: 3 of replications 0 to 6 are missing/);
  });
});
