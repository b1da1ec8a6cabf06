/*
 * compareVariants: common random numbers make identical variants identical,
 * pair the noise away, and flag real differences.
 */
import { describe, expect, it } from "vitest";
import { compareVariants, runReplications } from "../../src/experiment";
import { mm1Model, type Mm1ScenarioInput } from "../../src/models";
import { pairedDifference } from "../../src/stats";

const base: Mm1ScenarioInput = { arrivalRate: 0.8, serviceRate: 1, servers: 1, horizon: 2_100, warmup: 100 };

describe("compareVariants", () => {
  it("uses the same streams for every scenario and compares pairwise", async () => {
    const c = await compareVariants(
      mm1Model,
      base,
      { same: { ...base }, faster: { ...base, serviceRate: 1.05 }, twoServers: { ...base, servers: 2 } },
      { replications: 10, rootSeed: 42, workers: 1 },
    );
    expect(c.replications).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(Object.keys(c.comparisons)).toEqual(["same", "faster", "twoServers"]);
    expect(Object.keys(c.comparisons["faster"]!)).toEqual(["waitMean", "systemMean", "served", "utilisation"]);

    // Identical scenario: identical records (same streams), difference exactly 0.
    expect(c.variants["same"]!.records).toEqual(c.base.records);
    const same = c.comparisons["same"]!["waitMean"]!;
    expect(same.difference).toMatchObject({ mean: 0, sd: 0, halfWidth: 0, n: 10, excluded: 0 });
    expect(same.significant).toBe(false);
    expect(same.relativeDifference).toBe(0);

    // The base equals a plain run with the same seed.
    const plain = await runReplications(mm1Model, base, { replications: 10, rootSeed: 42, workers: 1 });
    expect(c.base).toEqual(plain);

    // Paired difference = pairedDifference of the records; relative = mean / |base mean|.
    const faster = c.comparisons["faster"]!["waitMean"]!;
    const a = c.base.records.map((r) => r["waitMean"]!);
    const b = c.variants["faster"]!.records.map((r) => r["waitMean"]!);
    const d = pairedDifference(a, b);
    expect(faster.difference.mean).toBe(d.mean);
    expect(faster.difference.halfWidth).toBe(d.halfWidth);
    expect(faster.baseMean).toBeCloseTo(c.base.summary["waitMean"]!.mean, 12);
    expect(faster.variantMean).toBeCloseTo(c.variants["faster"]!.summary["waitMean"]!.mean, 12);
    expect(faster.relativeDifference).toBeCloseTo(d.mean / Math.abs(faster.baseMean), 12);
    // 5% faster service: waits fall (theory 4 → 3.05 in steady state) and, with
    // common random numbers, the paired interval is far narrower than the two
    // separate intervals combined (the runs are strongly positively correlated).
    expect(faster.difference.mean).toBeLessThan(0);
    expect(faster.significant).toBe(true);
    const unpairedSd = Math.hypot(c.base.summary["waitMean"]!.sd, c.variants["faster"]!.summary["waitMean"]!.sd);
    expect(faster.difference.sd).toBeLessThan(0.5 * unpairedSd);

    // A second server cuts the wait from about 4 to about 0.15.
    const two = c.comparisons["twoServers"]!["waitMean"]!;
    expect(two.significant).toBe(true);
    expect(two.relativeDifference).toBeLessThan(-0.8);
  });

  it("names the variant whose scenario is invalid", async () => {
    await expect(compareVariants(mm1Model, base, { bad: { ...base, servers: 0 } }, { replications: 3, rootSeed: 1, workers: 1 })).rejects.toThrow(
      /Invalid scenario of variant "bad" \(1 error\):\n {2}- servers: got 0; expected a whole number ≥ 1/,
    );
    await expect(compareVariants(mm1Model, base, {}, { replications: 3, rootSeed: 1 })).rejects.toThrow(/at least one named scenario/);
  });
});
