/*
 * sensitivity() and regimeMap() on the M/M/c model (cheap, with a known
 * answer): results identical for 1 and 2 worker threads and after shards are
 * merged; a paired difference is variant − base replication by replication;
 * bad input fails before any run. Worker threads run dist/worker.js (built by
 * the pretest script).
 */
import { describe, expect, it } from "vitest";
import { mergeSensitivity, regimeMap, sensitivity, summariseOutput, type ExperimentModel, type SensitivityOptions } from "../../../src/experiment";
import { mm1Model, type Mm1Scenario, type Mm1ScenarioInput } from "../../../src/models";

const base: Mm1ScenarioInput = { arrivalRate: 0.5, serviceRate: 1, horizon: 400, warmup: 50 };
const params: SensitivityOptions["parameters"] = [
  { path: "arrivalRate", kind: "uniform", lo: 0.3, hi: 0.8 },
  { path: "serviceRate", kind: "logUniform", lo: 1, hi: 2 },
  { path: "servers", kind: "discrete", values: [1, 2] },
];

describe("sensitivity on the M/M/c queue", () => {
  it("Morris: identical for 1 and 2 workers; arrival and service rate matter for the wait, and in opposite directions", async () => {
    const opts: SensitivityOptions<Mm1ScenarioInput> = {
      method: "morris",
      parameters: params,
      metric: ["waitMean", "served"],
      samples: 6,
      replications: 2,
      rootSeed: 7,
    };
    const one = await sensitivity(mm1Model, base, { ...opts, workers: 1 });
    const two = await sensitivity("mm1", base, { ...opts, workers: 2 });
    expect(two).toEqual(one);
    expect(one.points).toHaveLength(6 * 4);
    expect(one.runs).toHaveLength(6 * 4 * 2 * 2);
    const wait = Object.fromEntries(one.measures.filter((m) => m.metric === "waitMean").map((m) => [m.parameter, m]));
    // The wait rises with load (λ) and falls with service rate (μ): the signs are the queue's, not the design's.
    expect(wait["arrivalRate"]!.mu!).toBeGreaterThan(0);
    expect(wait["serviceRate"]!.mu!).toBeLessThan(0);
    expect(wait["servers"]!.mu!).toBeLessThan(0);
    // The number served follows the arrival rate only (every arrival is served in a stable queue).
    const served = Object.fromEntries(one.measures.filter((m) => m.metric === "served").map((m) => [m.parameter, m]));
    expect(served["arrivalRate"]!.muStar!).toBeGreaterThan(10 * served["serviceRate"]!.muStar!);
  });

  it("Sobol: three shards merged equal the unsharded run, in any order", async () => {
    const opts: SensitivityOptions<Mm1ScenarioInput> = {
      method: "sobol",
      parameters: params.slice(0, 2),
      metric: "waitMean",
      samples: 8,
      bootstrap: 50,
      rootSeed: 3,
      workers: 1,
    };
    const whole = await sensitivity(mm1Model, base, opts);
    const shards = await Promise.all([0, 1, 2].map((index) => sensitivity(mm1Model, base, { ...opts, shard: { index, count: 3 } })));
    expect(shards.map((s) => s.measures)).toEqual([[], [], []]);
    expect(shards.reduce((n, s) => n + s.runs.length, 0)).toBe(whole.runs.length);
    expect(mergeSensitivity([shards[2]!, shards[0]!, shards[1]!])).toEqual(whole);
    // JSON round trip (what caseflow merge reads) changes nothing either
    const fromFiles = shards.map((s) => JSON.parse(JSON.stringify(s)));
    expect(JSON.stringify(mergeSensitivity(fromFiles))).toBe(JSON.stringify(whole));
    expect(() => mergeSensitivity([shards[0]!, shards[1]!])).toThrow(/shard 2 of 3 missing/);
    expect(() => mergeSensitivity([shards[0]!, shards[0]!, shards[1]!])).toThrow(/shard 0 appears twice/);
    const other = await sensitivity(mm1Model, base, { ...opts, rootSeed: 4, shard: { index: 2, count: 3 } });
    expect(() => mergeSensitivity([shards[0]!, shards[1]!, other])).toThrow(/different analysis/);
  });

  it("a paired output is variant − base on the same replication", async () => {
    const r = await sensitivity(mm1Model, base, {
      method: "lhs",
      parameters: [params[0]!],
      metric: "waitMean",
      variant: { ...base, servers: 2 },
      samples: 5,
      replications: 2,
      rootSeed: 1,
      workers: 1,
    });
    for (const run of r.runs) expect(run.value).toBe(run.variant! - run.base);
    // two servers always wait less than one at the same arrivals: every difference is negative
    expect(r.runs.every((run) => run.value < 0)).toBe(true);
    expect(r.output).toBe("variant − base");
    // the wait saved by a second server grows with the load, so the difference falls as λ rises
    expect(r.measures[0]!.rankCorrelation!).toBeLessThan(-0.8);
    const o = summariseOutput(r, "waitMean");
    expect(o.below).toBe(5);
    expect(o.points).toBe(5);
    expect(o.max).toBeLessThan(0);
    expect(o.replicationSd).toBeGreaterThan(0);
    expect(o.noiseFloor).toBeNaN(); // only Morris has one
  });
});

describe("bad input fails before any run", () => {
  let runs = 0;
  const counting: ExperimentModel<Mm1Scenario, Mm1ScenarioInput> = {
    id: "counting-mm1",
    schema: mm1Model.schema!,
    run: (s, ctx) => {
      runs++;
      return mm1Model.run(s, ctx);
    },
  };
  const ok: SensitivityOptions<Mm1ScenarioInput> = { method: "morris", parameters: params, metric: "waitMean", samples: 4, rootSeed: 1, workers: 1 };
  it.each<[string, Partial<SensitivityOptions<Mm1ScenarioInput>>, RegExp]>([
    [
      "a path that does not exist",
      { parameters: [{ path: "arrivalRat", kind: "uniform", lo: 0.1, hi: 0.5 }] },
      /arrivalRat.*does not exist.*did you mean "arrivalRate"/,
    ],
    ["a reversed range", { parameters: [{ path: "arrivalRate", kind: "uniform", lo: 0.8, hi: 0.3 }] }, /arrivalRate: the range \[0.8, 0.3\] is reversed/],
    [
      "a range outside the schema",
      { parameters: [{ path: "arrivalRate", kind: "uniform", lo: -1, hi: 0.5 }] },
      /arrivalRate: the low end, -1, is not allowed: .*arrivalRate/,
    ],
    [
      "a fractional value of a whole-number setting",
      { parameters: [{ path: "servers", kind: "uniform", lo: 1, hi: 3 }] },
      /servers: a value inside the range.*discrete list/,
    ],
    ["a log range through 0", { parameters: [{ path: "serviceRate", kind: "logUniform", lo: 0, hi: 2 }] }, /log-uniform range needs lo > 0/],
    ["too few Morris trajectories", { samples: 1 }, /too few samples for morris: got 1 trajectories, need a whole number ≥ 2/],
    ["too few Sobol samples", { method: "sobol", samples: 4 }, /too few samples for sobol: got 4 base samples, need a whole number ≥ 8/],
    ["a metric that is not produced", { metric: "waitMeen" }, /metric "waitMeen" is not produced by model "counting-mm1"; did you mean "waitMean"/],
    ["an unknown method", { method: "fast" as never }, /method must be "morris", "sobol" or "lhs"/],
  ])("%s", async (_, change, message) => {
    runs = 0;
    await expect(sensitivity(counting, base, { ...ok, ...change })).rejects.toThrow(message);
    // at most the one short probe that lists the model's metrics
    expect(runs).toBeLessThanOrEqual(1);
  });
});

describe("regimeMap on the M/M/c queue", () => {
  it("says where two servers at half speed beat one fast server on the wait, identically for 1 and 2 workers", async () => {
    // One server of rate 2μ (base) against two of rate μ (variant): the mean time in
    // system is 1/(2μ(1−ρ)) against 1/(μ(1−ρ²)), ρ = λ/2μ, so the single fast server
    // is better at every load (ratio 2/(1+ρ) > 1); the map must never say otherwise.
    const fast: Mm1ScenarioInput = { ...base, serviceRate: 2, servers: 1 };
    const pair: Mm1ScenarioInput = { ...base, serviceRate: 1, servers: 2 };
    const opts = {
      x: { path: "arrivalRate", values: [0.4, 1.2] },
      y: { path: "horizon", values: [300, 500] },
      metric: "systemMean",
      replications: 4,
      rootSeed: 9,
    };
    const one = await regimeMap(mm1Model, fast, pair, { ...opts, workers: 1 });
    const two = await regimeMap("mm1", fast, pair, { ...opts, workers: 2 });
    expect(two).toEqual(one);
    expect(one.cells).toHaveLength(4);
    // A single server twice as fast always has the shorter time in system (M/M/1 at 2μ vs M/M/2 at μ).
    for (const c of one.cells) {
      expect(c.difference).toBeGreaterThan(0);
      if (c.significant) expect(c.winner).toBe("base");
    }
    expect(one.boundary[0]).toMatch(/systemMean/);
    expect(one.boundary).toHaveLength(3);
  });
  it("refuses a single-valued axis and a metric that is not produced", async () => {
    await expect(
      regimeMap(mm1Model, base, base, {
        x: { path: "arrivalRate", values: [0.4] },
        y: { path: "horizon", values: [300, 500] },
        metric: "waitMean",
        replications: 2,
        rootSeed: 1,
      }),
    ).rejects.toThrow(/at least 2 values/);
    await expect(
      regimeMap(mm1Model, base, base, {
        x: { path: "arrivalRate", values: [0.4, 0.5] },
        y: { path: "horizon", values: [300, 500] },
        metric: "nope",
        replications: 2,
        rootSeed: 1,
      }),
    ).rejects.toThrow(/metric "nope" is not produced/);
  });
});
