/*
 * Determinism. The results of a reference scenario (scenario.json: a small
 * mixed office, both regimes, seven policy kinds, 4 replications with weekly
 * series) are pinned in reference.json and must come out bit for bit the same:
 * on another machine, with 1, 2 or 4 worker threads, and when the replications
 * are run as 2 or 3 shards and merged.
 *
 * reference.json changes only deliberately: when a change to the model is
 * meant to change results, regenerate it with
 *
 *   npm run build && UPDATE_GOLDEN=1 npx vitest run test/golden
 *
 * in its own commit whose message says why the numbers moved (docs/testing.md).
 * UPDATE_GOLDEN is refused when CI is set, and .ci/run fails when test/golden
 * differs from the commit after the tests. (Bit-identity across
 * machines relies on V8's own implementations of Math.exp, Math.log, Math.cos
 * and friends, which do not depend on the platform's C library.)
 *
 * Worker threads run the built dist/worker.js, so this needs `npm run build`
 * first (the pretest script).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import type { ExperimentResult } from "../../src/experiment/ExperimentResult";
import { fromJSON } from "../../src/experiment/fromJSON";
import { mergeResults } from "../../src/experiment/mergeResults";
import { runReplications, type ReplicationOptions } from "../../src/experiment/runReplications";
import { toJSON } from "../../src/experiment/toJSON";
import { expectFreshBuild } from "../reliability/expectFreshBuild";
import { goldenUpdateRequested } from "./goldenUpdate";
// Registers the built-in models ("office", "mm1"), as importing caseflow from its root does.
import "../../src/models/builtinModels";

const scenario = JSON.parse(readFileSync(join(__dirname, "scenario.json"), "utf8")) as { run: { replications: number; seed: string } };
const referencePath = join(__dirname, "reference.json");
const base: ReplicationOptions = { replications: scenario.run.replications, rootSeed: scenario.run.seed, keepSeries: true };

const run = (options: Partial<ReplicationOptions>): Promise<ExperimentResult<unknown>> =>
  runReplications("office", scenario, { ...base, ...options });

/** Bit-for-bit equality (Object.is on every number, so NaN = NaN and 0 ≠ −0), with a readable diff first. */
function expectIdentical(actual: unknown, expected: unknown): void {
  expect(actual).toEqual(expected);
  expect(isDeepStrictEqual(actual, expected)).toBe(true);
}

// refused in CI before anything runs (throws at collection, so the whole file fails)
const updateGolden = goldenUpdateRequested(process.env);

let single: ExperimentResult<unknown>;
beforeAll(async () => {
  expectFreshBuild();
  single = await run({ workers: 1 });
});

describe("regenerating the reference", () => {
  it("is refused when CI is set, with a message saying why and what to do", () => {
    expect(() => goldenUpdateRequested({ UPDATE_GOLDEN: "1", CI: "true" })).toThrow(
      /^UPDATE_GOLDEN=1 is refused because CI=true is set: the golden reference \(test\/golden\/reference\.json\) is regenerated only by hand, outside CI/,
    );
    expect(() => goldenUpdateRequested({ UPDATE_GOLDEN: "1", CI: "1" })).toThrow(/refused because CI=1/);
    expect(() => goldenUpdateRequested({ UPDATE_GOLDEN: "yes" })).toThrow('UPDATE_GOLDEN must be 1 (or unset), got "yes"');
  });

  it("is allowed by hand outside CI and off by default", () => {
    expect(goldenUpdateRequested({ UPDATE_GOLDEN: "1" })).toBe(true);
    expect(goldenUpdateRequested({ UPDATE_GOLDEN: "1", CI: "false" })).toBe(true);
    expect(goldenUpdateRequested({ CI: "true" })).toBe(false);
    expect(goldenUpdateRequested({})).toBe(false);
  });
});

describe("the reference scenario", () => {
  it("gives the pinned results exactly", () => {
    const text = toJSON(single) + "\n";
    if (updateGolden) {
      writeFileSync(referencePath, text);
      console.log(`UPDATE_GOLDEN=1: wrote ${referencePath}; commit it with a note on why the results changed`);
    }
    const reference = fromJSON(readFileSync(referencePath, "utf8"));
    expect(reference.records.length).toBe(scenario.run.replications);
    expectIdentical(single.records, reference.records);
    expectIdentical(single.series, reference.series);
    expectIdentical(single.summary, reference.summary);
    expect(single.scenario).toEqual(reference.scenario);
    // and the file is exactly what this run writes
    expect(text).toBe(readFileSync(referencePath, "utf8"));
    // it is a real simulation: replications differ, both units decided claims
    expect(new Set(single.records.map((r) => r["decided"])).size).toBeGreaterThan(1);
  });

  it.each([2, 4])("gives bit-identical results on %i worker threads", async (workers) => {
    expectIdentical(await run({ workers }), single);
  });

  it.each([2, 3])("gives the same result when run as %i shards and merged", async (count) => {
    const shards = await Promise.all(Array.from({ length: count }, (_, index) => run({ workers: 1, shard: { index, count } })));
    for (const s of shards) expect(s.records.length).toBeLessThan(scenario.run.replications);
    // merged in any order
    expectIdentical(mergeResults(shards), single);
    expectIdentical(mergeResults([...shards].reverse()), single);
  });
});
